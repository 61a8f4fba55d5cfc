import { defineItem } from './model';

// Invented stories for tests and demos: people, figures and quotes are fictional.
export const POLITICS_ITEMS = [
  defineItem({
    slug: 'senate-panel-advances-rail-safety-bill-after-derailment-hearings',
    title: 'Senate panel advances rail safety bill after months of derailment hearings',
    publishedAt: '2024-03-14T16:40:00Z',
    author: 'Daniel Okafor',
    language: 'en',
    category: 'Politics',
    tags: ['United States', 'Congress', 'Transport'],
    imageCaption:
      'A freight train passes a level crossing in Ohio. The bill would set minimum crew sizes on most freight trains.',
    publisher: 'meridian-herald',
    body: [
      `The Senate Commerce Committee voted 15–13 on Wednesday to advance a bill that would tighten safety rules for freight railroads, sending the measure to the full Senate after months of hearings prompted by a string of derailments involving hazardous materials.`,
      `The legislation would require railroads to install wayside heat detectors every 10 miles along routes used by trains carrying flammable cargo, set minimum crew sizes and raise the maximum civil penalty the Department of Transportation can impose for safety violations from $225,000 to $10 million.`,
      `“Communities along these lines have waited long enough,” said Senator Elaine Marsh, the Ohio Democrat who co-wrote the bill. “Today the committee chose the families who live next to the tracks over the lobbyists who have fought every one of these provisions.”`,
      `The Department of Transportation said it welcomed the vote and urged the Senate to act before the summer recess. In a statement, the Federal Railroad Administration said the higher penalties would “finally give regulators a deterrent that railroads take seriously.”`,
      `Republicans on the panel were divided. Senator Graham Tillery of Kansas criticised the crew-size mandate as “a union demand dressed up as a safety rule” and warned that it would raise shipping costs for farmers already squeezed by low grain prices. Two Republicans nonetheless voted with the committee’s Democrats, citing the support of firefighters and other first responders in their states.`,
      `The Association of American Railroads, which represents the largest freight carriers, said the industry had already spent billions on detection technology and that the bill “ignores the data showing that the mainline accident rate has fallen over the past decade.”`,
      `The National Transportation Safety Board, which investigates accidents but does not write rules, has repeatedly recommended better monitoring of overheating wheel bearings, a leading cause of derailments. Its chair told the committee in January that voluntary measures had “not delivered the consistency the public deserves.”`,
      `It is unclear when the bill will reach the Senate floor. Party leaders have signalled that they want to attach it to a broader transport package, while the House Transportation and Infrastructure Committee has yet to schedule a hearing on its own version.`,
    ],
  }),
  defineItem({
    slug: 'senado-aprueba-nueva-ley-general-de-aguas',
    title: 'El Senado aprueba la nueva Ley General de Aguas entre críticas de productores agrícolas',
    publishedAt: '2025-04-10T03:20:00Z',
    author: 'Lucía Hernández Ortega',
    language: 'es',
    category: 'Politics',
    tags: ['México', 'Senado', 'Agua'],
    imageCaption: 'Agricultores protestan frente a la sede del Senado de la República, en la Ciudad de México.',
    publisher: 'diario-del-sur',
    body: [
      `El Senado de la República aprobó en la madrugada de este jueves la nueva Ley General de Aguas, con 82 votos a favor y 37 en contra, tras una sesión de más de diez horas marcada por las protestas de productores agrícolas frente a la sede legislativa.`,
      `La reforma establece que el consumo humano y doméstico tendrá prioridad sobre cualquier otro uso, prohíbe la transmisión de concesiones entre particulares y otorga a la Comisión Nacional del Agua (Conagua) nuevas facultades para revocar los permisos que no se utilicen durante dos años consecutivos.`,
      `La Secretaría de Medio Ambiente y Recursos Naturales (Semarnat) celebró la aprobación y afirmó que la ley “pone fin a la acumulación de concesiones en pocas manos”. En un comunicado, la dependencia señaló que casi el 40 % del volumen concesionado se concentra en menos del 2 % de los titulares.`,
      `Legisladores de oposición criticaron que la iniciativa se aprobara sin cambios de fondo. “Se legisló de espaldas al campo. Los productores que han invertido durante décadas en sus pozos quedan en la incertidumbre”, dijo una senadora de oposición durante el debate.`,
      `El Consejo Nacional Agropecuario advirtió que la prohibición de transferir concesiones podría afectar la compraventa de tierras y el acceso al crédito, y anunció que evaluará promover amparos ante el Poder Judicial. Organizaciones civiles, en cambio, saludaron la reforma como “un paso histórico” hacia el reconocimiento efectivo del derecho humano al agua, previsto en la Constitución desde 2012.`,
      `La minuta fue enviada a la Cámara de Diputados, donde el partido gobernante y sus aliados cuentan con mayoría calificada. La presidenta de la Comisión de Recursos Hidráulicos de esa cámara adelantó que el dictamen podría votarse antes de que termine el periodo ordinario de sesiones, a finales de abril.`,
    ],
  }),
];
