import type { Element } from 'domhandler';
import { densityMap } from './density';
import { firstElement, parseHtml } from './dom';

const sentence = (topic: string) =>
  `The ${topic} was discussed at length by the committee, which heard from residents, engineers and the council before it voted.`;
const bodyOf = (html: string) => firstElement(parseHtml(`<body>${html}</body>`).root()[0], 'body') as Element;
const regionOf = (html: string) => densityMap(bodyOf(html), new Set()).best?.attribs['id'];

describe('densityMap', () => {
  it('finds the region of an article split over deeply wrapped sections', () => {
    const section = (topic: string) => `<div><div><div><div><div><p>${sentence(topic)}</p></div></div></div></div></div>`;
    const menu = '<ul>' + ['Home', 'World', 'Sport', 'Culture'].map((n) => `<li><a href="/${n}">${n}</a></li>`).join('') + '</ul>';
    expect(regionOf(`${menu}<div id="story">${['budget', 'bridge', 'harbour', 'ferry'].map(section).join('')}</div>${menu}`)).toBe('story');
  });

  it('counts prose written straight into a div between other blocks', () => {
    const body = bodyOf(`<div id="post">${sentence('budget')}<br><br>${sentence('bridge')}<div><img src="x"></div>${sentence('ferry')}</div>`);
    const map = densityMap(body, new Set());
    expect(map.best?.attribs['id']).toBe('post');
    expect(map.prose.get(map.best as Element)).toBeGreaterThan(300);
  });

  it('does not count teaser cards (a headline link beside a blurb) as prose', () => {
    const card = (topic: string) => `<li><h3><a href="/${topic}">Why the ${topic} matters to everyone</a></h3><p>${sentence(topic)}</p></li>`;
    const body = bodyOf(`<ul id="teasers">${['budget', 'bridge', 'harbour'].map(card).join('')}</ul>`);
    const map = densityMap(body, new Set());
    expect(map.prose.get(firstElement(body, 'ul') as Element)).toBe(0);
  });

  it('skips dropped subtrees', () => {
    const body = bodyOf(`<div id="a"><p>${sentence('budget')}</p></div>`);
    const paragraph = firstElement(body, 'p') as Element;
    expect(densityMap(body, new Set([paragraph])).best).toBeUndefined();
  });
});
