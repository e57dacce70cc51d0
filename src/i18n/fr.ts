import type { ShellTranslation } from './translation';

// The shell's strings, loaded when French is chosen; each area's (./fr/<area>.ts) load with the area.
export const fr: ShellTranslation = {
  app: {
    name: 'Portail scientifique',
    platform: 'CANFAR',
    skipToContent: 'Aller au contenu principal',
    openNavigation: 'Ouvrir la navigation',
    closeNavigation: 'Fermer la navigation',
    mainNavigation: 'Navigation principale',
    footer: 'Portail scientifique {{version}} · révision {{commit}}',
    close: 'Fermer',
    loading: 'Chargement…',
    menuUnavailable: 'Le menu n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
    dialogUnavailable: 'Cette fenêtre n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
    partUnavailable:
      'Cette partie de la page n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
  },
  announcement: {
    label: 'Annonce',
    dismiss: 'Masquer cette annonce',
    prefix: '{{level}}\u00a0:',
    levels: { info: 'Information', warning: 'Avertissement', maintenance: 'Maintenance' },
  },
  nav: {
    sessions: 'Sessions',
    images: 'Images',
    storage: 'Stockage',
    usage: 'Utilisation',
  },
  navUploads: {
    running_one: '{{count}} téléversement en cours',
    running_other: '{{count}} téléversements en cours',
    failed_one: '{{count}} téléversement a échoué',
    failed_other: '{{count}} téléversements ont échoué',
  },
  language: {
    en: 'English',
    fr: 'Français',
  },
  theme: {
    current: 'Thème de couleurs\u00a0: {{scheme}}',
    light: 'Clair',
    dark: 'Sombre',
    auto: 'Système',
  },
  user: {
    menu: 'Menu du compte\u00a0: {{name}}',
    signedInAs: 'Compte connecté\u00a0: {{username}}',
    signOut: 'Se déconnecter',
    switchUser: 'Changer d’utilisateur de démonstration',
    signOutAtSite:
      'Votre connexion vient du site web de CANFAR. Pour vous déconnecter, déconnectez-vous de ce site.',
    siteLinks: 'CANFAR',
    groups: 'Gérer les groupes',
    help: 'Aide',
    support: 'Contacter le soutien',
    status: 'État de la plateforme',
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
      'Mode démonstration\u00a0: choisissez un utilisateur fictif. Rien de ce que vous faites ici n’atteint la vraie plateforme.',
    mockRoles: {
      member: 'Membre de projet',
      pi: 'Chercheuse ou chercheur principal',
      trainee: 'Stagiaire d’atelier',
    },
    signInAs: 'Se connecter avec le compte fictif\u00a0: {{name}}',
    expiredTitle: 'Votre connexion a expiré',
    expiredBody: 'Reconnectez-vous pour continuer. Rien n’est perdu sur cette page.',
    expiredRedirect: 'Se reconnecter',
    refusedBy: '{{service}} a refusé votre connexion',
    signingOut: 'Déconnexion…',
    siteSignIn: 'Se connecter avec votre compte CANFAR',
    register: 'Créer un compte',
    resetPassword: 'Mot de passe oublié\u202f?',
  },
  errors: {
    service: {
      skaha: 'Le service des sessions',
      storage: 'Le service de stockage',
      ac: 'Le service des comptes et des groupes',
      harbor: 'Le registre d’images',
      usage: 'Le service d’utilisation',
    },
    title: '{{service}}\u00a0: une erreur est survenue',
    http: '{{service}} a répondu {{status}}\u00a0: {{message}}',
    httpBare: '{{service}} a répondu {{status}} sans explication.',
    unavailable: '{{service}} est momentanément indisponible ({{status}}). Réessayez dans une minute.',
    unavailableFor_one:
      '{{service}} est momentanément indisponible ({{status}}). Il demande d’attendre {{count}} minute avant de réessayer.',
    unavailableFor_other:
      '{{service}} est momentanément indisponible ({{status}}). Il demande d’attendre {{count}} minutes avant de réessayer.',
    network: '{{service}} est injoignable. Vérifiez votre connexion.',
    offline:
      'Vous semblez hors ligne. {{service}} est injoignable\u202f; réessayez une fois la connexion rétablie.',
    timeout: '{{service}} n’a pas répondu à temps.',
    malformed: '{{service}} a envoyé une réponse que le portail ne comprend pas ({{message}}).',
    permissionDenied:
      'Vous n’avez pas le droit de faire cela avec «\u00a0{{path}}\u00a0»\u00a0: le service de stockage l’a refusé.',
    permissionDeniedBare: 'Vous n’avez pas le droit de faire cela\u00a0: le service de stockage l’a refusé.',
    permissionDeniedSaid:
      'Vous n’avez pas le droit de faire cela\u00a0: le service de stockage l’a refusé ({{message}}).',
    jobFailed: '{{service}} n’a pas pu mener la tâche à bien\u00a0: {{message}}',
    jobFailedBare:
      '{{service}} n’a pas pu mener la tâche à bien et n’en a pas donné la raison (elle s’est terminée en {{phase}}).',
    unexpected: 'Une erreur est survenue\u00a0: {{message}}',
    code: 'Le code de cette page n’a pas pu être chargé depuis le portail. Vérifiez votre connexion, puis réessayez.',
    codeOffline:
      'Vous semblez hors ligne\u00a0: le code de cette page n’a pas pu être chargé. Il se chargera de lui-même une fois la connexion rétablie.',
    unaddressable:
      'Le service de stockage ne peut pas atteindre «\u00a0{{name}}\u00a0» depuis le Web\u00a0: son nom contient {{characters}}. Renommez-le dans une session (dans un terminal ou le navigateur de fichiers du notebook) pour l’utiliser ici.',
    character: {
      space: 'une espace',
      quoted: '«\u00a0{{character}}\u00a0»',
    },
    retry: 'Réessayer',
    serviceDetails: 'Détails fournis par le service',
    routeTitle: 'Cette page n’a pas pu être affichée',
    routeBody: 'Une erreur a interrompu cette page. Le reste du portail fonctionne toujours.',
    reload: 'Recharger le portail',
    notFoundTitle: 'Page introuvable',
    notFoundBody: 'Il n’y a aucune page à l’adresse {{path}}.',
    backHome: 'Aller à vos sessions',
  },
  config: {
    title: 'Le portail n’est pas configuré correctement',
    intro: 'La configuration d’exécution (config.json) est inutilisable\u00a0:',
    missing: 'config.json n’a pas pu être chargé ({{detail}}).',
    notJson: 'config.json n’est pas un JSON valide ({{detail}}).',
    key: 'Clé',
    problem: 'Problème',
    help: 'Corrigez le fichier puis rechargez la page. Toutes les clés sont facultatives\u202f; consultez le guide de déploiement.',
    root: '(premier niveau)',
  },
  startup: {
    title: 'Le portail n’a pas pu démarrer',
    body: '{{detail}} Rechargez la page pour réessayer\u202f; si le problème persiste, prévenez les responsables de la plateforme.',
  },
};
