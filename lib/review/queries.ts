import 'server-only';

// The review domain's reads and writes, one module per concern; imported from here.

export {
  REVIEW_SCOPE,
  getAdoptedVersion,
  getAdoptionOfVersion,
  listAdoptions,
  getReviewState,
  listReviewerCandidates,
  listMentionable,
  getReviewRow,
  getReviewDetail,
  listReviews,
  listSubmittableVersions,
} from './read-queries';
export type { AdoptedVersion, ReviewStateSummary, ReviewDetail, ReviewSummary } from './read-queries';
export { submitReview, decideReview, adoptReview } from './cycle-queries';
export { createReviewThread, replyToReviewThread, setReviewThreadStatus } from './thread-queries';
