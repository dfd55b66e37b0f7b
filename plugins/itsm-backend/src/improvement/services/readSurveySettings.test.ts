import { ConfigReader } from '@backstage/config';
import { readSurveySettings } from './readSurveySettings';

const read = (surveys: object) =>
  readSurveySettings(new ConfigReader({ itsm: { improvement: { surveys } } }));

const question = { id: 'overall', text: 'Overall', scale: 'rating' };

describe('readSurveySettings', () => {
  it('reads no surveys, a low score of 2 and a quarter hour by default', () => {
    expect(readSurveySettings(new ConfigReader({}))).toEqual({
      surveys: [],
      lowScore: 2,
      frequency: { minutes: 15 },
    });
  });

  it('reads a survey with its defaults', () => {
    const { surveys } = read({
      definitions: [
        {
          id: 'closure',
          title: 'How did we do?',
          kind: 'after-closure',
          questions: [question, { id: 'why', text: 'Why?', scale: 'text' }],
        },
      ],
    });
    expect(surveys[0]).toMatchObject({
      samplingRate: 1,
      onePerPersonPer: 30,
      questions: [{ required: true }, { required: false }],
    });
  });

  it.each([
    [{ kind: 'weekly' }, 'definitions[0].kind'],
    [{ samplingRate: 1.5 }, 'definitions[0].samplingRate'],
    [{ onePerPersonPer: 0 }, 'definitions[0].onePerPersonPer'],
    [{ questions: [{ ...question, scale: 'stars' }] }, 'questions[0].scale'],
    [{ questions: [question, question] }, 'distinct ids'],
    [{ kind: 'periodic' }, 'definitions[0].services'],
    [{ overallQuestion: 'nope' }, 'definitions[0].overallQuestion'],
    [{ groups: ['user:default/wes'] }, 'definitions[0].groups'],
  ])('refuses %p naming %s', (bad, name) => {
    expect(() =>
      read({
        definitions: [
          {
            id: 'closure',
            title: 'T',
            kind: 'after-closure',
            questions: [question],
            ...bad,
          },
        ],
      }),
    ).toThrow(name);
  });
});
