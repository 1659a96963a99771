/**
 * The last four answers a pure function gave (letzte Antworten), compared
 * with `===` before anything costlier is asked: documents repeat a value
 * close together (four sessions a day share a date and take turns with a
 * few time windows, ten share a module id), and comparing four strings
 * takes a few instructions where a map hashes the text, which `JSON.parse`
 * makes anew for every session. Internal to the library.
 *
 * @example
 * ```ts
 * const recent = new RecentAnswers<string, number>();
 * recent.add('09:30', 570);
 * const slot = recent.slotOf('09:30'); // 0
 * recent.answerAt(slot); // 570
 * ```
 */
export class RecentAnswers<Q, A> {
  private readonly questions: (Q | undefined)[] = [undefined, undefined, undefined, undefined];
  private readonly answers: (A | undefined)[] = [undefined, undefined, undefined, undefined];
  private next = 0;

  /** Where the answer to `question` is kept, or -1 when it is not among the last four. */
  slotOf(question: Q): number {
    const q = this.questions;
    return question === q[0] ? 0 : question === q[1] ? 1 : question === q[2] ? 2 : question === q[3] ? 3 : -1;
  }

  /** The answer kept in a slot {@link slotOf} gave. */
  answerAt(slot: number): A {
    return this.answers[slot] as A;
  }

  /** Keeps an answer, in place of the oldest of the four. */
  add(question: Q, answer: A): void {
    this.questions[this.next] = question;
    this.answers[this.next] = answer;
    this.next = (this.next + 1) & 3;
  }
}
