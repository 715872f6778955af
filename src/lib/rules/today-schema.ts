// today.yaml's shape: what today's sources say where a rule now differs from the 2018-04-16 guide, or
// where its current value could not be verified, by topic and subject group, each statement naming its
// sources (listed once, by id) and the date they were checked. Build time and tests only.
import { z } from 'astro/zod';
import { confidenceLevels, groupIds, supersededStatuses } from './schema.ts';
import { todayTopics } from './today-topics.ts';


const sourceId = z.string().regex(/^[a-z0-9-]+$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** A page of this site (site-relative). */
const pageLink = z.strictObject({ text: z.string().min(1), href: z.string().startsWith('/') });

export const todaySchema = z.strictObject({
  /** When these sources were last read. */
  checked: day,
  sources: z.record(sourceId, z.strictObject({
    title: z.string().min(1), url: z.url(), date: z.string().min(1), confidence: z.enum(confidenceLevels),
  })),
  /** Subject types the guide did not cover (海外主体): the wizard answers them from today's sources alone. */
  subjects: z.array(z.strictObject({
    id: z.string().regex(/^[a-z-]+$/),
    label: z.string().min(1),
    scope: z.string().min(1),
    headline: z.string().min(1),
    answers: z.array(z.strictObject({
      id: z.string().regex(/^[a-z-]+$/),
      label: z.string().min(1),
      status: z.enum(supersededStatuses),
      text: z.string().min(1),
      sources: z.array(sourceId).min(1),
      link: pageLink.optional(),
    })).min(1),
    /** The outcome's next steps, in order. */
    next: z.array(z.strictObject({ text: z.string().min(1), link: z.strictObject({ text: z.string().min(1), href: z.string().min(1) }) })).min(1),
  })),
  statements: z.array(z.strictObject({
    topic: z.enum(todayTopics),
    /** The subject groups it holds for; all when absent. */
    groups: z.array(z.enum(groupIds)).min(1).optional(),
    status: z.enum(supersededStatuses),
    /** Today's value, as strong as its sources and no stronger; one sentence, read after "现在：". */
    text: z.string().min(1),
    /** The guide's rules whose sentence it answers beside (a search answer card quoting R14 shows it). */
    rules: z.array(z.string().regex(/^R\d+$/)).optional(),
    sources: z.array(sourceId).min(1),
  })).min(1),
});
