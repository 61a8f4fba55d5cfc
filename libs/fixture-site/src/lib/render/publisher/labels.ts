import type { Category, Language } from '../../data/vocab';

/** Interface strings of the publisher templates, per site language. */
export interface Labels {
  home: string;
  by: string;
  related: string;
  readAlso: string;
  newsletterTitle: string;
  newsletterText: string;
  emailPlaceholder: string;
  signUp: string;
  cookieText: string;
  acceptCookies: string;
  manageCookies: string;
  advertisement: string;
  share: string;
  footerLinks: string[];
  rights: string;
  sections: Record<Category, string>;
}

export const LABELS: Record<Language, Labels> = {
  en: {
    home: 'Home',
    by: 'By',
    related: 'Related articles',
    readAlso: 'Read more:',
    newsletterTitle: 'Get the morning briefing',
    newsletterText: 'The day’s most important stories, in your inbox before 7am.',
    emailPlaceholder: 'Your email address',
    signUp: 'Sign up',
    cookieText:
      'We use cookies and similar technologies to improve your experience, measure audiences and show personalised advertising.',
    acceptCookies: 'Accept all',
    manageCookies: 'Manage preferences',
    advertisement: 'Advertisement',
    share: 'Share this article',
    footerLinks: ['About us', 'Contact', 'Privacy policy', 'Cookie policy', 'Terms of use'],
    rights: 'All rights reserved.',
    sections: {
      Politics: 'Politics',
      Courts: 'Law',
      Police: 'Crime',
      Economy: 'Business',
      World: 'World',
      Health: 'Health',
      Society: 'Society',
      Sports: 'Sport',
    },
  },
  es: {
    home: 'Inicio',
    by: 'Por',
    related: 'Notas relacionadas',
    readAlso: 'Lee también:',
    newsletterTitle: 'Recibe el boletín matutino',
    newsletterText: 'Las noticias más importantes del día, en tu correo antes de las 7 de la mañana.',
    emailPlaceholder: 'Tu correo electrónico',
    signUp: 'Suscribirme',
    cookieText:
      'Utilizamos cookies propias y de terceros para mejorar tu experiencia, medir audiencias y mostrar publicidad personalizada.',
    acceptCookies: 'Aceptar todas',
    manageCookies: 'Configurar',
    advertisement: 'Publicidad',
    share: 'Comparte esta nota',
    footerLinks: ['Quiénes somos', 'Contacto', 'Aviso de privacidad', 'Política de cookies', 'Términos y condiciones'],
    rights: 'Todos los derechos reservados.',
    sections: {
      Politics: 'Política',
      Courts: 'Justicia',
      Police: 'Seguridad',
      Economy: 'Economía',
      World: 'Mundo',
      Health: 'Salud',
      Society: 'Sociedad',
      Sports: 'Deportes',
    },
  },
  pt: {
    home: 'Início',
    by: 'Por',
    related: 'Notícias relacionadas',
    readAlso: 'Leia também:',
    newsletterTitle: 'Receba a newsletter da manhã',
    newsletterText: 'As principais notícias do dia no seu e-mail antes das 7h.',
    emailPlaceholder: 'Seu e-mail',
    signUp: 'Cadastrar',
    cookieText:
      'Usamos cookies e tecnologias semelhantes para melhorar sua experiência, medir audiência e exibir publicidade personalizada.',
    acceptCookies: 'Aceitar todos',
    manageCookies: 'Gerenciar preferências',
    advertisement: 'Publicidade',
    share: 'Compartilhe',
    footerLinks: ['Quem somos', 'Fale conosco', 'Política de privacidade', 'Política de cookies', 'Termos de uso'],
    rights: 'Todos os direitos reservados.',
    sections: {
      Politics: 'Política',
      Courts: 'Justiça',
      Police: 'Segurança',
      Economy: 'Economia',
      World: 'Mundo',
      Health: 'Saúde',
      Society: 'Sociedade',
      Sports: 'Esportes',
    },
  },
  fr: {
    home: 'Accueil',
    by: 'Par',
    related: 'Articles liés',
    readAlso: 'À lire aussi :',
    newsletterTitle: 'Recevez la lettre du matin',
    newsletterText: 'L’essentiel de l’actualité dans votre boîte mail avant 7 heures.',
    emailPlaceholder: 'Votre adresse e-mail',
    signUp: 'S’inscrire',
    cookieText:
      'Nous utilisons des cookies pour améliorer votre expérience, mesurer l’audience et afficher des publicités personnalisées.',
    acceptCookies: 'Tout accepter',
    manageCookies: 'Paramétrer',
    advertisement: 'Publicité',
    share: 'Partager',
    footerLinks: ['Qui sommes-nous', 'Contact', 'Confidentialité', 'Cookies', 'Mentions légales'],
    rights: 'Tous droits réservés.',
    sections: {
      Politics: 'Politique',
      Courts: 'Justice',
      Police: 'Faits divers',
      Economy: 'Économie',
      World: 'International',
      Health: 'Santé',
      Society: 'Société',
      Sports: 'Sport',
    },
  },
};
