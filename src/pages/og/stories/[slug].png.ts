/** Social card image for each story. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng } from '../_card';
import { formatDate } from '../../../data/format';
import { publishedStories, type Story } from '../../../stories/collection';

export const getStaticPaths = (async () =>
  (await publishedStories()).map((story) => ({
    params: { slug: story.id },
    props: { story },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { story } = props as { story: Story };
  const png = cardPng({
    kicker: 'Story',
    title: story.data.title,
    lines: [formatDate(story.data.published)],
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
