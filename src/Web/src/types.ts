// The JSON shapes of SPEC §14 the UI reads.

export interface Me {
  id: string;
  email: string;
  roles: string[];
  permissions: string[];
}

export interface SetupStatus {
  adminExists: boolean;
  setupComplete: boolean;
}

export interface Session {
  id: string;
  ownerId: string;
  name: string;
  agent: string;
  tier: string;
  tabs: string[];
  tiling: number;
  status: string;
  stage: string | null;
  reason: string | null;
  message: string | null;
  exitCode: number | null;
  createdAt: string;
  lastActiveAt: string | null;
}

export interface Metrics {
  cpuPercent: number;
  memoryBytes: number;
  memoryLimitBytes: number;
  diskBytes: number | null;
  sampledAt: string;
}

export interface SessionStatus {
  sessionId: string;
  status: string;
  stage: string | null;
  progress: number;
  message: string | null;
  reason: string | null;
  attachedClients: number;
  metrics: Metrics | null;
  idleStopAt: string | null;
  keepAlive: string[];
  lastActiveAt: string | null;
}

export interface Preferences {
  fontSize: number;
  theme: string;
  defaultAgent: string;
  syncMode: string;
  idleTimeoutMinutes: number | null;
}

export interface Preset {
  id: string;
  name: string;
  agent: string;
  tabs: string[];
  tiling: number;
}

export interface ApiToken {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedToken {
  id: string;
  name: string;
  token: string;
  expiresAt: string;
}

export interface User {
  id: string;
  email: string;
  roles: string[];
  status: string;
  registeredAt: string;
}

export interface Role {
  name: string;
  permissions: string[];
}

export const agents = ["bash", "claude", "codex", "gemini", "opencode"] as const;
export const tiers = ["small", "standard", "large"] as const;
