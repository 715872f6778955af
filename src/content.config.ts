import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(10),
    order: z.number().int().positive(),
  }),
});

export const collections = { guide };
