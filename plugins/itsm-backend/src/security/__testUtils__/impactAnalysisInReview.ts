import { SecurityBackend } from './startSecurityBackend';

const checkout = 'component:default/checkout-service';

/** Every category rated 2 at every default point. */
const grid = [
  'financial',
  'customers',
  'legal',
  'reputation',
  'operations',
].flatMap(category =>
  [60, 240, 1440, 4320, 10080].map(afterMinutes => ({
    category,
    afterMinutes,
    rating: 2,
  })),
);

/**
 * A business impact analysis of the checkout service waiting for its
 * owner's approval (the platform team, the worker's): recorded by the
 * worker (a continuity manager), submitted by the colleague (a service
 * desk agent), so segregation of duties lets the worker decide. The
 * checkout service's previous one is retired first, since an entity has
 * one analysis at a time (a second answers 409).
 */
export async function impactAnalysisInReview(
  backend: SecurityBackend,
): Promise<{ ref: string; version: number }> {
  const { body: page } = await backend.call(
    'colleague',
    'get',
    `/business-impact-analyses?entityRef=${encodeURIComponent(checkout)}`,
  );
  for (const old of page.items ?? []) {
    if (old.state === 'retired') continue;
    const retired = await backend.call(
      'colleague',
      'post',
      `/business-impact-analyses/${old.ref}/transitions`,
      {
        action: 'retire',
        version: old.version,
        reason: 'Superseded',
      },
    );
    if (retired.status !== 200) {
      throw new Error(
        `${old.ref} was not retired: ${JSON.stringify(retired.body)}`,
      );
    }
  }
  const { body: created } = await backend.call(
    'worker',
    'post',
    '/business-impact-analyses',
    {
      title: 'Checkout',
      description: '',
      entityRefs: [checkout],
      businessProcesses: ['Card payments'],
      impacts: grid,
      rtoMinutes: 60,
      rpoMinutes: 5,
    },
  );
  if (!created.ref) {
    throw new Error(`No analysis was recorded: ${JSON.stringify(created)}`);
  }
  const { body: submitted } = await backend.call(
    'colleague',
    'post',
    `/business-impact-analyses/${created.ref}/transitions`,
    { action: 'submit', version: created.version },
  );
  if (submitted.state !== 'in_review') {
    throw new Error(
      `${created.ref} was not submitted: ${JSON.stringify(submitted)}`,
    );
  }
  return submitted;
}
