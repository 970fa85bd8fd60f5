export function proxyConfig(options: { listen: string; upstreams: string[]; prefix: string; serverName?: string }): string;
