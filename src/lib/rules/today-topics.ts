// What a statement about today (today.yaml) answers; each topic is shown beside the guide's answer on
// the same line. Apart from today-schema.ts (zod, build time) so pure code can name them.
export const todayTopics = [
  'verification', 'certification', 'certification-fee', 'certification-effects', 'payment', 'members', 'categories',
  'open-platform', 'unionid', 'filing', 'association',
] as const;
export type TodayTopic = (typeof todayTopics)[number];
