export function testStaffPassword(): string;
