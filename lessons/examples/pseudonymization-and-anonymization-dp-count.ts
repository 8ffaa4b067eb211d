// A registry of 2,000 patients answers counting questions. With
// exact answers, two questions are enough to learn one person's
// diagnosis. With differentially private answers, they are not.
import {
  PrivacyBudgetError,
  countPrivately,
  createPrivacyBudget,
  type Row,
} from './anonymization.ts';

const registry = Array.from({ length: 2000 }, (_, i) => ({
  name: i === 0 ? 'Maria Keller' : `patient ${i}`,
  diabetes: i % 9 === 0, // Maria (i = 0) has diabetes
}));
const hasDiabetes = (row: Row) => row.diabetes === true;
const notMaria = (row: Row) => row.name !== 'Maria Keller';

// The differencing attack: "how many?" minus "how many, not
// counting Maria?" is Maria's answer.
const all = registry.filter(hasDiabetes).length;
const others = registry.filter(notMaria).filter(hasDiabetes).length;
console.log(`Exact: ${all} - ${others} = ${all - others}`);

// The same two questions, each with epsilon = 0.5. Each answer is
// off by a few (about ±3), so the difference is mostly noise: it
// would look much the same if Maria had no diabetes.
const epsilon = 0.5;
const noisyAll = countPrivately(registry, hasDiabetes, epsilon);
const noisyOthers = countPrivately(
  registry.filter(notMaria),
  hasDiabetes,
  epsilon,
);
console.log(
  `Private: ${noisyAll} - ${noisyOthers} = ${noisyAll - noisyOthers}`,
);

// Smaller epsilon, more noise. Run again: the answers change.
for (const e of [0.1, 1, 5]) {
  const answers = Array.from({ length: 5 }, () =>
    countPrivately(registry, hasDiabetes, e),
  );
  console.log(`epsilon ${e}:`.padEnd(13), answers.join(', '));
}

// Asked often enough, noisy answers average out to the truth:
// 1,000 answers at epsilon 0.5 cost 500 in total.
const many = Array.from({ length: 1000 }, () =>
  countPrivately(registry, hasDiabetes, epsilon),
);
const mean = many.reduce((sum, answer) => sum + answer, 0) / 1000;
console.log(`Mean of 1,000 private answers: ${mean.toFixed(1)}`);

// So the epsilons of all answers add up, and a budget caps the sum.
// A budget of 1 allows four questions at 0.25; the fifth is refused.
const budget = createPrivacyBudget(1);
for (let question = 1; question <= 5; question++) {
  try {
    const answer = budget.count(registry, hasDiabetes, 0.25);
    console.log(
      `Question ${question}: ${answer},`,
      'left:',
      budget.remaining,
    );
  } catch (error) {
    if (!(error instanceof PrivacyBudgetError)) throw error;
    console.log(`Question ${question} refused: ${error.message}`);
  }
}
