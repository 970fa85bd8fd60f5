export function clusterPorts(base?: number): { nginx: number; a: number; b: number; redis: number; s3: number };
export function clusterDatabase(ports?: ReturnType<typeof clusterPorts>): string;
