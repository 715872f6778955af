// An outcome's page of 资格自查 is a static document (no island). Given answers in its query (the 404
// page's hand-over, an old ?from= link), it hands them to the start page, whose island reads them with
// the wizard's rules and comes back; otherwise it shows the notice that came along, if any.
import { answersInQuery, handOverAddress, wizardRoot } from '../lib/eligibility/answer-tokens.ts';
import { withBase } from '../lib/paths.ts';
import { showIgnored, takeStashedIgnored } from './wizard-notice.ts';

const root = withBase(import.meta.env.BASE_URL, wizardRoot);
const given = answersInQuery(location.search);
if (given.length > 0) {
  location.replace(handOverAddress(root, [location.pathname.slice(root.length), ...given]));
} else {
  showIgnored(takeStashedIgnored());
}
