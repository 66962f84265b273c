export { ExampleQuestions } from './ExampleQuestions.tsx';
export { EXAMPLE_QUESTIONS, questionEntities, questionText, type ExampleQuestion } from './examples.ts';
