// Answer cards, loaded with a reader's first query rather than on opening search (opening search has a
// budget of its own, 40 KB with its index): which card a question gets (answer.ts) and how it shows.
export { answerFor } from '../../lib/search/answer.ts';
export { AnswerCard } from './search-answer.tsx';
