import { images } from './fr/images';
import { sessions } from './fr/sessions';
import { storage } from './fr/storage';
import { usage } from './fr/usage';
import type { Translation } from './translation';

export const fr: Translation = {
  app: {
    name: 'Portail scientifique',
    platform: 'CANFAR',
    skipToContent: 'Aller au contenu principal',
    openNavigation: 'Ouvrir la navigation',
    closeNavigation: 'Fermer la navigation',
    mainNavigation: 'Navigation principale',
    footer: 'Portail scientifique {{version}} · commit {{commit}}',
    close: 'Fermer',
    loading: 'Chargement…',
  },
  nav: {
    sessions: 'Sessions',
    images: 'Images',
    storage: 'Stockage',
    usage: 'Utilisation',
  },
  language: {
    label: 'Langue',
    en: 'English',
    fr: 'Français',
  },
  theme: {
    toggle: 'Thème de couleurs',
    light: 'Clair',
    dark: 'Sombre',
    auto: 'Système',
  },
  user: {
    menu: 'Menu du compte de {{name}}',
    signedInAs: 'Connecté en tant que {{username}}',
    signOut: 'Se déconnecter',
    switchUser: 'Changer d’utilisateur de démonstration',
  },
  auth: {
    title: 'Connexion au Portail scientifique',
    intro:
      'Utilisez votre compte CADC pour lancer des sessions, gérer vos fichiers et suivre votre utilisation.',
    username: 'Nom d’utilisateur',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    usernameRequired: 'Saisissez votre nom d’utilisateur',
    passwordRequired: 'Saisissez votre mot de passe',
    failed: 'Le nom d’utilisateur ou le mot de passe a été refusé. Vérifiez-les et réessayez.',
    oidcIntro: 'Connectez-vous auprès de votre fournisseur d’identité pour continuer.',
    oidcSubmit: 'Continuer vers la connexion',
    restoreFailed: 'Votre connexion précédente n’a pas pu être reprise. Veuillez vous connecter.',
    mockIntro:
      'Mode démonstration : choisissez un utilisateur fictif. Rien de ce que vous faites ici n’atteint la vraie plateforme.',
    mockRoles: {
      member: 'Membre de projet',
      pi: 'Chercheur principal',
      trainee: 'Participant à un atelier',
    },
    signInAs: 'Se connecter en tant que {{name}}',
    expiredTitle: 'Votre connexion a expiré',
    expiredBody: 'Reconnectez-vous pour continuer. Rien n’est perdu sur cette page.',
    expiredRedirect: 'Se reconnecter',
    signingOut: 'Déconnexion…',
  },
  errors: {
    service: {
      skaha: 'Service des sessions',
      storage: 'Service de stockage',
      ac: 'Service de connexion',
      harbor: 'Registre d’images',
      usage: 'Service d’utilisation',
    },
    title: '{{service}} : une erreur est survenue',
    http: '{{service}} a répondu {{status}} : {{message}}',
    network: '{{service}} est injoignable. Vérifiez votre connexion.',
    offline:
      'Vous semblez hors ligne : {{service}} est injoignable. Réessayez une fois la connexion rétablie.',
    timeout: '{{service}} n’a pas répondu à temps.',
    malformed: '{{service}} a envoyé une réponse que le portail ne comprend pas ({{message}}).',
    unexpected: 'Une erreur est survenue : {{message}}',
    retry: 'Réessayer',
    routeTitle: 'Cette page n’a pas pu être affichée',
    routeBody: 'Une erreur a interrompu cette page. Le reste du portail fonctionne toujours.',
    reload: 'Recharger le portail',
    notFoundTitle: 'Page introuvable',
    notFoundBody: 'Il n’y a aucune page à l’adresse {{path}}.',
    backHome: 'Aller à vos sessions',
  },
  config: {
    title: 'Le portail n’est pas configuré correctement',
    intro: 'La configuration d’exécution (config.json) est inutilisable :',
    missing: 'config.json n’a pas pu être chargé ({{detail}}).',
    notJson: 'config.json n’est pas un JSON valide ({{detail}}).',
    key: 'Clé',
    problem: 'Problème',
    help: 'Corrigez le fichier puis rechargez la page. Toutes les clés sont facultatives ; consultez le guide de déploiement.',
    root: '(premier niveau)',
  },
  startup: {
    title: 'Le portail n’a pas pu démarrer',
    body: '{{detail}} Rechargez la page pour réessayer ; si le problème persiste, prévenez les responsables de la plateforme.',
  },
  sessions,
  images,
  storage,
  usage,
};
