/**
 * Incident categories (§3.1.1).
 *
 * @public
 */
export const incidentCategories = [
  'hardware',
  'software',
  'network',
  'service_request',
  'other',
] as const;

/** @public */
export type IncidentCategory = (typeof incidentCategories)[number];

/** @public */
export const incidentCategoryLabels: Record<IncidentCategory, string> = {
  hardware: 'Hardware failure',
  software: 'Software failure',
  network: 'Network failure',
  service_request: 'Service request',
  other: 'Other',
};

/**
 * Levels of impact and of urgency, which give the priority (§3.1.2).
 *
 * @public
 */
export const impactLevels = ['high', 'medium', 'low'] as const;

/** @public */
export type ImpactLevel = (typeof impactLevels)[number];

/**
 * A level alone, as a record's field shows it ("High").
 *
 * @public
 */
export const levelLabels: Record<ImpactLevel, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** @public */
export const impactLabels: Record<ImpactLevel, string> = {
  high: 'High: a business service is down or many users are affected',
  medium: 'Medium: a service is degraded or a team is affected',
  low: 'Low: one user, or a workaround exists',
};

/** @public */
export const urgencyLabels: Record<ImpactLevel, string> = {
  high: 'High: must be handled now',
  medium: 'Medium: as soon as possible',
  low: 'Low: within normal working hours',
};

/**
 * How an incident reached the service desk (§2.1).
 *
 * @public
 */
export const incidentChannels = [
  'portal',
  'phone',
  'email',
  'chat',
  'monitoring',
  'api',
] as const;

/** @public */
export type IncidentChannel = (typeof incidentChannels)[number];

/** @public */
export const incidentChannelLabels: Record<IncidentChannel, string> = {
  portal: 'Portal',
  phone: 'Phone',
  email: 'Email',
  chat: 'Chat',
  monitoring: 'Monitoring',
  api: 'API',
};

/**
 * Support tiers (§1.3).
 *
 * @public
 */
export const supportTiers = ['L1', 'L2', 'L3'] as const;

/** @public */
export type SupportTier = (typeof supportTiers)[number];
