import { defineItem } from './model';

// The aggregator's own stories: no publisher, so their item pages carry no "Source link".
// Invented for tests and demos: people, figures and quotes are fictional.
export const FEATURE_ITEMS = [
  defineItem({
    slug: 'andean-coffee-growers-turn-to-shade-trees-as-harvests-shrink',
    title: 'Andean coffee growers turn to shade trees as harvests shrink',
    publishedAt: '2024-05-20T12:00:00Z',
    author: 'Camila Restrepo',
    language: 'en',
    category: 'Society',
    tags: ['Colombia', 'Agriculture', 'Climate'],
    imageCaption: 'A picker at a cooperative farm in Colombia’s coffee region.',
    body: [
      `On the steep slopes above Chinchiná, in Colombia’s coffee-growing heartland, Aurelio Gómez has spent the past three years planting guamo and plantain trees between his rows of coffee bushes. His grandfather cleared the same hillside to give the coffee full sun; now Gómez is trying to bring some of the forest back.`,
      `“The afternoons are hotter than when I was a boy, and the rain comes all at once or not at all,” he said, walking between bushes heavy with green cherries. “Under the shade the plants suffer less, and the beans ripen more slowly, which is better for the cup.”`,
      `Growers across the Andes are making similar bets. Yields in parts of Colombia, Peru and Ecuador have fallen in recent seasons as higher temperatures and irregular rainfall stress the plants and favour pests such as the coffee berry borer. Agronomists at a cooperative in Caldas say that farms with shade cover lost noticeably less of their harvest during last year’s dry spell than neighbouring farms without it.`,
      `Shade is not a cure-all. Trees take years to grow, compete with coffee for nutrients and can reduce yields in good years. Smallholders, who produce most of the region’s coffee, often lack the savings to wait. “The farmer who plants trees today pays for them for five years before they pay him back,” said Lina Cárdenas, who advises about 300 families for the cooperative.`,
      `Some buyers have started to help. Specialty roasters in Europe and Japan pay premiums for shade-grown beans, and a handful of exporters now offer advance payments to farmers who commit to planting. Cooperatives are also selling timber and fruit from the shade trees to diversify income.`,
      `For Gómez, the decision came down to his children. “If I leave the hillside bare, they will not want this farm,” he said. “With the trees, maybe there is still coffee here in thirty years.”`,
    ],
  }),
  defineItem({
    slug: 'course-record-falls-at-rain-soaked-montevideo-marathon',
    title: 'Course record falls at rain-soaked Montevideo marathon',
    publishedAt: '2025-03-23T20:30:00Z',
    author: 'Martín Albornoz',
    language: 'en',
    category: 'Sports',
    tags: ['Uruguay', 'Athletics', 'Marathon'],
    imageCaption: 'Runners pass along the Rambla during the Montevideo marathon.',
    body: [
      `Heavy rain and a stiff wind off the Río de la Plata could not stop Tesfaye Alemu from breaking the course record at the Montevideo marathon on Sunday, as the 24-year-old finished in 2 hours 9 minutes and 41 seconds.`,
      `Alemu ran with a pack of six until the 30th kilometre on the Rambla, then pulled away on the long stretch towards Pocitos and crossed the line almost a minute ahead of Daniel Kiprono. The previous record had stood for six years.`,
      `“I did not think about the record. With this weather, I only wanted to win,” Alemu said after the race, wrapped in a blanket. “But in the last five kilometres I felt strong, and the people along the road were shouting the whole time.”`,
      `The women’s race was won by Valentina Sosa in 2:31:05, the fastest time by a Uruguayan woman on home soil. Sosa, a physiotherapist who trains before work, said she had targeted the race for a year. “To win here, in my city, with my family at the finish, is something I will never forget,” she said.`,
      `Organisers said about 14,000 people took part across the marathon, half marathon and 10-kilometre races, a record entry despite the forecast. Volunteers handed out more than 40,000 bottles of water, though many runners joked that they had not needed them.`,
      `The city’s sports department said it would study moving next year’s race a week earlier, when the weather is usually milder, after several runners were treated for hypothermia at the finish.`,
    ],
  }),
];
