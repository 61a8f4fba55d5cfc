import { defineItem } from './model';

/** The article the project was born from (shared/mission/seed-article.txt), minus aggregator chrome. */
export const SEED_SLUG = 'meeting-between-us-and-cuban-officials-concludes-in-havana';

export const SEED_ITEM = defineItem({
  slug: SEED_SLUG,
  title: 'Meeting between US and Cuban officials concludes in Havana',
  publishedAt: '2023-01-20T02:15:00Z',
  author: 'Caribe Press Staff',
  language: 'en',
  category: 'World',
  tags: ['Cuba', 'United States', 'Security', 'Migration'],
  imageCaption: 'Officials from Cuba and the United States at the start of the talks in Havana.',
  publisher: 'caribe-press',
  body: [
    `Cuba valued the “climate of respect” and “high professional level” in which the talks on cooperation in judicial matters with a high-level delegation of the United States Government, concluded this Thursday in Havana.`,
    `The group of Americans was made up of officials from various government agencies, including the Department of Homeland Security, the Coast Guard and the FBI, according to the State Department.`,
    `The exchange – which took place on the 18th and 19th of this month in the Cuban capital – between Cuban and US authorities dealt with terrorism, migrant smuggling and immigration fraud, among other issues, according to the Ministry of the Interior (Minint). of the island.`,
    `The Cuban delegation referred to “the information and proposals for collaboration transferred to the US representatives on the activities of people living in the United States and identified for their links to terrorism, illegal human trafficking and other illegal activities.”`,
    `“The two delegations agreed that there are common phenomena associated with illegality that require mutual cooperation,” said the Ministry.`,
    `Likewise, the Cuban side stresses that there is “an agreement to continue this dialogue and hold other technical meetings between the law enforcement and enforcement agencies of both countries to materialize their ties.”`,
    `Cuba was represented at the meetings by authorities from the Ministries of the Interior and Foreign Affairs, as well as the Attorney General’s Office and the General Customs of the Republic, the statement said. On the US side, officials from the Departments of Homeland Security, Justice and State participated.`,
    { heading: 'Department of State' },
    `In a press release issued On Thursday, the State Department assured that with the meeting, the United States seeks to strengthen its security through “international coordination of public order forces” and at the same time improve the country’s ability to “fight crime” with cooperation on issues such as drug trafficking and human trafficking.`,
    `He also emphasized that the meeting between delegations from both countries “does not affect the focus” of the government of President Joe Biden on “human rights issues” on the island. “Better coordination of law enforcement forces is beneficial for the US and for the Cuban people,” the text said.`,
    `The rapprochement between US and Cuban officials was criticized by Republican lawmakers. In a letter, Florida State Senators Rick Scott and Marco Rubio noted that dialogue with “authoritarian regimes (…) negatively affects the well-being” of Cuban citizens.`,
    `The event represents the first meeting of this type that it has held in Havana since the dialogues on national security were stopped during the Government of Donald Trump (2017-2021).`,
    `This visit is the first by US officials so far this year and has taken place after several months of a timid rapprochement between the Joe Biden administration and the island’s authorities, marked by the common point of immigration issues.`,
    {
      related: `The United States and Cuba resume bilateral talks between technical commissions on national security`,
      slug: 'the-united-states-and-cuba-resume-bilateral-talks-on-national-security',
    },
    `Cuban Foreign Minister Bruno Rodríguez referred to this meeting from Twitter, where he wrote that bilateral cooperation to confront scourges such as terrorism, migrant smuggling and immigration fraud benefits both countries.`,
    `“We are committed to it despite the economic blockade and the incessant hostility of the US against #Cuba“, wrote.`,
  ],
});
