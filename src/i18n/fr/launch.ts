import type { Translation } from '../translation';

export const launch: Translation['launch'] = {
  form: {
    title: 'Lancer une session',
    description:
      'Choisissez un type et une image\u202f; le lien de cette page garde tout ce que vous remplissez, sauf le secret.',
    back: 'Retour à vos sessions',
    typeLabel: 'Type de session',
    image: 'Image',
    imageHint:
      'Images portant le libellé Harbor «\u00a0{{label}}\u00a0», par projet\u202f; cherchez par nom ou empreinte.',
    imagePlaceholder: 'Choisissez une image',
    noImageMatch: 'Aucune image ne correspond',
    imageListLoading: 'Chargement de la liste des images…',
    otherPlatformTitle: 'Cette image ne fonctionnera pas ici',
    otherPlatform:
      'Elle est construite pour {{platform}}, et les nœuds de la plateforme exécutent des images linux/amd64\u00a0: sa session ne démarrerait jamais. Choisissez une autre étiquette.',
    imageListFailed:
      'La liste des images n’a pas pu être chargée (voir plus haut)\u202f; une image privée ou non listée peut encore être indiquée ci-dessous.',
    imageRequired: 'Choisissez une image',
    customImage: 'Image privée ou non listée',
    customImageHint:
      'Une image d’un registre autorisé absente de la liste. La plateforme tire toute image absente de sa liste avec votre nom d’utilisateur et votre secret de registre.',
    staleTag:
      'La plateforme ne liste aucune étiquette «\u00a0{{tag}}\u00a0» de {{repository}} pour {{type}}\u00a0: elle a peut-être été supprimée, ou mal saisie. La plus récente est {{newest}}. Lancée quand même, cette étiquette est tirée comme image non listée, avec votre nom d’utilisateur et votre secret de registre ci-dessous.',
    useNewest: 'Prendre {{image}}',
    unlistedNotice:
      'Cette image n’est pas dans la liste pour {{type}}\u202f; elle est lancée comme image non listée, ce qui demande votre nom d’utilisateur et votre secret de registre ci-dessous.',
    listedForOther:
      'La plateforme liste cette image pour {{types}}, pas pour {{type}}. Elle se lance quand même comme {{type}}, sans identifiants de registre\u00a0: l’image est publique.',
    registryHost: 'Registre',
    registryChoose: 'Choisissez un registre',
    imageOffRegistry:
      'Cette image n’est pas sur {{hosts}}, d’où démarrent les sessions\u00a0: choisissez le registre ci-dessus, puis indiquez le chemin de l’image dans celui-ci.',
    imageOtherRegistry:
      'Ce chemin commence par un autre registre, {{host}}\u00a0: les sessions ne démarrent que d’images sur {{hosts}}. Indiquez le chemin d’une image sur {{hosts}} (projet/dépôt:étiquette).',
    imagePath: 'Chemin de l’image',
    imagePathHint: 'projet/dépôt:étiquette',
    registryUser: 'Nom d’utilisateur du registre',
    registrySecret: 'Secret du registre',
    registrySecretHint: 'Votre secret CLI Harbor\u202f; envoyé avec ce lancement seulement, jamais conservé.',
    registrySecretVisibility: 'Afficher ou masquer le secret du registre',
    registryMissing: {
      user: 'Indiquez votre nom d’utilisateur du registre\u00a0: la plateforme en a besoin pour tirer une image absente de sa liste.',
      secret:
        'Indiquez votre secret CLI Harbor\u00a0: la plateforme en a besoin pour tirer une image absente de sa liste.',
    },
    registryColon: {
      user: 'Un nom d’utilisateur de registre ne peut pas contenir «\u00a0:\u00a0»',
      secret:
        'La plateforme ne peut pas recevoir un secret qui contient «\u00a0:\u00a0»\u202f; définissez dans Harbor un secret CLI qui n’en contient pas',
    },
    name: 'Nom de la session',
    namePreview: 'Elle s’appellera «\u00a0{{name}}\u00a0».',
    namePreviewReplicas: 'Elles s’appelleront «\u00a0{{first}}\u00a0» à «\u00a0{{last}}\u00a0».',
    nameProblems: {
      required: 'Donnez un nom à la session',
      pattern: 'N’utilisez que des lettres, des chiffres et des traits d’union',
      edges: 'Commencez et terminez par une lettre ou un chiffre',
      tooLong: 'Utilisez au plus 63 caractères',
      replicasTooLong:
        'Utilisez au plus {{max}} caractères avec {{replicas}} répliques\u00a0: leurs noms se terminent par «\u00a0-1\u00a0» à «\u00a0-{{replicas}}\u00a0», et la plateforme ne garde que les 63 premiers caractères d’un nom.',
    },
    nameTaken: 'Vous avez déjà une session nommée « {{name}} ».',
    duplicateRunning:
      '« {{name}} » est déjà en cours. Ouvrez-la, ou donnez un autre nom à la nouvelle session.',
    duplicatePending:
      '« {{name}} » est en train de démarrer : suivez-la sur la page de vos sessions, ou donnez un autre nom à la nouvelle session.',
    showExisting: 'Voir {{name}} dans vos sessions',
    openExisting: 'Ouvrir {{name}}',
    launchAnotherAs: 'En lancer une autre nommée {{name}}',
    useNameInstead: 'Prendre plutôt le nom {{name}}',
    restored:
      'Ce formulaire reprend votre dernier lancement de type {{type}} au lieu de ses valeurs par défaut.',
    resetDefaults: 'Revenir aux valeurs par défaut',
    known: {
      registryAuth:
        'Le registre de cette image demande votre nom d’utilisateur Harbor et votre secret CLI : remplissez « Nom d’utilisateur du registre » et « Secret du registre » sous « Image privée ou non listée », puis relancez.',
      limit:
        'Vous avez déjà {{max}} sessions interactives, le maximum permis. Supprimez-en une sur la page de vos sessions, puis relancez.',
      notAuthorized:
        'Votre compte n’est pas encore autorisé à utiliser les sessions. Demandez l’accès à l’administrateur de votre groupe ou au support CANFAR.',
      untrustedImage:
        'Cette image ne vient pas d’un registre accepté par la plateforme : choisissez une image de la liste, ou l’un des registres proposés.',
      resource: {
        cores: 'La plateforme n’offre pas ce nombre de cœurs : choisissez-en un dans la liste.',
        ram: 'La plateforme n’offre pas cette quantité de mémoire : choisissez-en une dans la liste.',
        gpus: 'La plateforme n’offre pas ce nombre de GPU : choisissez-en un dans la liste.',
      },
      registryFormat:
        'Le nom d’utilisateur et le secret du registre doivent être remplis tous les deux, et aucun des deux ne peut contenir «\u00a0:\u00a0». Corrigez-les sous «\u00a0Image privée ou non listée\u00a0», puis relancez.',
      name: 'Un nom de session ne peut contenir que des lettres, des chiffres et des traits d’union, et doit commencer et finir par une lettre ou un chiffre.',
      imageRequired: 'Choisissez d’abord une image.',
    },
    resources: 'Ressources',
    flexible: 'Flexibles',
    fixed: 'Fixes',
    flexibleHint:
      'La session démarre avec une petite part garantie et peut utiliser jusqu’à {{cores}} cœurs et {{ram}} quand la plateforme a de la place.',
    platformResources: 'La plateforme fixe les ressources des sessions {{type}}, sans GPU.',
    cores: 'Cœurs',
    ram: 'Mémoire',
    gpus: 'GPU',
    noGpu: 'Aucun',
    gpusNone: 'Cette plateforme n’offre pas de GPU.',
    capacity_one:
      'Capacité libre\u00a0: {{cores}}\u00a0cœur et {{ram}}. Plus grande session\u00a0: {{maxCores}}\u00a0cœurs avec {{maxRam}}.',
    capacity_other:
      'Capacité libre\u00a0: {{cores}}\u00a0cœurs et {{ram}}. Plus grande session\u00a0: {{maxCores}}\u00a0cœurs avec {{maxRam}}.',
    capacityUnknown: 'La capacité libre de la plateforme n’est pas disponible pour le moment.',
    job: 'Tâche',
    cmd: 'Commande',
    cmdHint: 'Remplace le point d’entrée de l’image',
    args: 'Arguments',
    argsHint: 'Séparés par des espaces',
    envKey: 'Variable {{position}}',
    envValue: 'Valeur {{position}}',
    envRemove: 'Retirer la variable {{position}}',
    envAdd: 'Ajouter une variable',
    envSecret: 'Secrète',
    envSecretLabel: 'Valeur {{position}} secrète',
    envSecretDetected: 'Valeur {{position}} secrète (détectée)',
    argsSecretLabel: 'Arguments secrets',
    secretNote:
      'Les valeurs secrètes ne figurent ni dans la barre d’adresse, ni dans les liens, ni dans les lancements mémorisés\u00a0: elles ne sont gardées que tant que cette page est ouverte. Les noms comme TOKEN ou PASSWORD, et les valeurs qui ressemblent à des jetons, sont secrets automatiquement.',
    envKeyProblem: 'Lettres, chiffres et _ seulement, sans chiffre au début',
    envEqualsProblem: 'skaha ignore une valeur qui contient «\u00a0=\u00a0»',
    envEmptyProblem:
      'Donnez une valeur à {{key}}, ou supprimez la ligne\u00a0: skaha ignore une variable sans valeur.',
    unsafeDollar:
      'skaha ne peut pas transmettre «\u00a0$\u00a0» à la tâche\u00a0: il le prend pour une référence et refuse le lancement. Écrivez la valeur dans un script et lancez celui-ci.',
    unsafeQuote:
      'skaha ne peut pas transmettre «\u00a0"\u00a0» à la tâche\u00a0: il casse la description de la tâche que skaha rédige. Écrivez la valeur dans un script et lancez celui-ci.',
    unsafeBackslash:
      'skaha ne peut pas transmettre «\u00a0\\\u00a0» à la tâche\u00a0: il le supprime sans prévenir. Écrivez la valeur dans un script et lancez celui-ci.',
    cmdSpaceProblem:
      'skaha lance toute la commande comme un seul nom de programme\u00a0: mettez ici le programme seul, et le reste dans Arguments.',
    uncheckedBlocked:
      'Le lancement attend le service des sessions : sans vos sessions ni les options qu’il propose, le portail ne peut vérifier que le nom est libre, que vous êtes sous votre limite de sessions, ni quelles ressources seraient envoyées. Réessayez ci-dessus.',
    jobBlocked:
      'La commande, les arguments ou les variables de la tâche sont à corriger avant le lancement\u00a0: voyez les messages sous ces champs.',
    unavailableTitle: 'Non proposé sur cette plateforme',
    unavailableCores:
      '{{value}}\u00a0cœurs ne sont pas proposés ici\u00a0: la session reçoit la valeur par défaut, {{fallback}}.',
    unavailableCoresNoDefault:
      '{{value}}\u00a0cœurs ne sont pas proposés ici\u00a0: choisissez un nombre de cœurs dans la liste.',
    unavailableRam:
      '{{value}} de mémoire ne sont pas proposés ici\u00a0: la session reçoit la valeur par défaut, {{fallback}}.',
    unavailableRamNoDefault:
      '{{value}} de mémoire ne sont pas proposés ici\u00a0: choisissez une quantité dans la liste.',
    unavailableGpus_one: '{{count}}\u00a0GPU n’est pas proposé ici\u00a0: la session est lancée sans GPU.',
    unavailableGpus_other:
      '{{count}}\u00a0GPU ne sont pas proposés ici\u00a0: la session est lancée sans GPU.',
    replicas: 'Répliques',
    replicasHint:
      'Jusqu’à {{max}} copies, nommées nom-1, nom-2… Chaque tâche reçoit REPLICA_ID et REPLICA_COUNT, 1 et 1 pour une tâche seule.',
    replicasRequired: 'Indiquez un nombre de répliques, de 1 à {{max}}',
    replicasRange: 'Indiquez un nombre entier de répliques de 1 à {{max}}',
    interactiveCount: 'Sessions interactives utilisées\u00a0: {{count}} sur {{max}}.',
    interactiveCountRefused:
      'Le service des sessions a compté {{max}} sessions interactives utilisées sur {{max}}\u202f; votre liste, relue, en montre {{count}}. Les sessions qui se terminent comptent jusqu’à leur disparition\u00a0: réessayez dans une minute, ou terminez-en une.',
    toSessions: 'Aller à vos sessions',
    limitReached:
      'Vous avez atteint la limite de {{max}} sessions interactives. Supprimez-en une pour en lancer une autre.',
    homeFull:
      'Votre dossier personnel est plein\u00a0: les sessions ne peuvent pas démarrer tant que vous n’avez pas libéré de place.',
    homeNearlyFull:
      'Votre dossier personnel est plein à {{percent}}\u202f; un dossier plein empêche les sessions de démarrer.',
    freeSpace: 'Libérer de l’espace dans Stockage',
    rejected: 'Le lancement a été refusé',
    partial: 'Répliques lancées avant cette erreur\u00a0: {{launched}} sur {{count}}.',
    progressLabel: 'Progression du lancement',
    progress: '{{launched}} sur {{count}} lancées',
    submit: 'Lancer',
    submitReplicas: 'Lancer {{count}} répliques',
    cli: 'La même chose avec le client canfar',
    cliSecrets:
      'Les valeurs secrètes sont lues dans votre shell\u00a0: définissez-y {{names}} avant de la lancer.',
    copyCli: 'Copier en ligne de commande',
    cliCopied: 'La ligne de commande est copiée.',
    cliNeedsImage: 'Choisissez une image pour voir la commande.',
    cliRefused: {
      limit:
        'Le service des sessions refuserait cette ligne maintenant\u00a0: vous avez atteint votre limite de sessions interactives. Elle pourra être copiée quand l’une d’elles aura pris fin.',
      name: 'Le service des sessions refuserait ce nom de session\u00a0: corrigez-le ci-dessus pour copier la ligne.',
      image:
        'Le service des sessions refuserait cette image\u00a0: choisissez-en une sur les registres de la plateforme pour copier la ligne.',
      replicas: 'Indiquez un nombre de répliques ci-dessus pour copier la ligne.',
      job: 'Le service des sessions refuserait ou modifierait cette tâche\u00a0: corrigez-la ci-dessus pour copier la ligne.',
      controls:
        'Cette ligne contient des caractères invisibles qui changent l’ordre d’affichage du texte (montrés ici comme <U+…>), ce qu’aucun nom de session ni aucune image ne contient\u00a0: corrigez le formulaire ci-dessus pour copier la ligne.',
    },
    copied: 'Copié',
    copyRefused:
      'Le navigateur n’a pas permis la copie\u00a0: sélectionnez la ligne ci-dessous et copiez-la avec Ctrl+C (⌘C sur un Mac).',
  },
  outcome: {
    checkingStatus:
      'Le service des sessions a répondu {{status}} au lancement de «\u00a0{{name}}\u00a0», ce qui ne dit pas s’il a démarré. Le portail relit la liste de vos sessions pour le savoir.',
    checkingTitle: 'Pas encore confirmé\u00a0: vérification du lancement',
    checking:
      'Le service des sessions n’a pas confirmé le lancement de «\u00a0{{name}}\u00a0»\u00a0: la connexion, ou un relais en chemin, a échoué. Le portail relit la liste de vos sessions pour savoir si elle a démarré.',
    foundTitle: 'Votre session «\u00a0{{name}}\u00a0» a bien été lancée',
    found:
      'Le service des sessions n’a pas confirmé le lancement, mais il a abouti. Rien n’a été envoyé deux fois.',
    toSessions: 'Aller à vos sessions',
    launchRest_one: 'Lancer la réplique restante',
    launchRest_other: 'Lancer les {{count}} répliques restantes',
    replicas: 'Répliques lancées\u00a0: {{launched}} sur {{count}}.',
    unknownTitle: 'Non confirmé\u00a0: le lancement a peut-être abouti, peut-être pas',
    unknown:
      'Le service des sessions n’a pas confirmé le lancement de «\u00a0{{name}}\u00a0» (voir plus bas pourquoi)\u00a0: le portail ne peut pas savoir si la session a démarré.',
    listAbsent:
      'La liste de vos sessions, relue à l’instant, ne la contient pas encore. Le portail continue de vérifier tant que cette page est ouverte.',
    listUnreadable: 'La liste de vos sessions n’a pas pu être lue non plus.',
    retryHint:
      'Réessayer relit votre liste une fois de plus et renvoie le même lancement, sous le nom «\u00a0{{name}}\u00a0», seulement si la session n’y est pas.',
    dismiss: 'Modifier plutôt le formulaire',
    notSentTitle: 'Votre connexion avait expiré\u00a0: le lancement n’a pas été envoyé',
    notSent: 'Rien n’a été démarré. Lancer l’envoie maintenant, tel que le formulaire le montre.',
  },
  link: {
    copy: 'Copier le lien',
    copied: 'Lien copié',
    field: 'Lien vers ce formulaire',
    refused:
      'Le navigateur n’a pas permis la copie : le lien est sélectionné, copiez-le avec Ctrl+C (⌘C sur un Mac).',
  },
  gpus: {
    free_one: '{{count}} {{model}} libre sur {{total}} en ce moment',
    free_other: '{{count}} {{model}} libres sur {{total}} en ce moment',
    freeAnyModel_one: '{{count}} GPU libre sur {{total}} en ce moment',
    freeAnyModel_other: '{{count}} GPU libres sur {{total}} en ce moment',
  },
  presets: {
    menu: 'Préréglages',
    yours: 'Vos préréglages',
    none: 'Aucun préréglage enregistré pour l’instant',
    workshop: 'Publiés pour {{project}}',
    workshopBadge: '{{project}}, lecture seule',
    save: 'Enregistrer le formulaire comme préréglage…',
    manage: 'Renommer ou supprimer des préréglages…',
    applied: 'Préréglage « {{name}} » appliqué : vérifiez le formulaire, puis lancez.',
    loading: 'Chargement des préréglages…',
    saveTitle: 'Enregistrer le formulaire comme préréglage',
    nameLabel: 'Nom du préréglage',
    nameHint: 'Conservé dans {{path}}. Les valeurs secrètes ne sont jamais enregistrées.',
    nameRequired: 'Donnez un nom au préréglage',
    nameTaken: 'Vous avez déjà un préréglage nommé « {{name}} »',
    saveSubmit: 'Enregistrer le préréglage',
    saved: 'Préréglage « {{name}} » enregistré.',
    manageTitle: 'Vos préréglages',
    rename: 'Renommer {{name}}',
    renameLabel: 'Nouveau nom pour {{name}}',
    renameSubmit: 'Enregistrer le nom',
    renamed: 'Préréglage « {{name}} » renommé « {{to}} ».',
    delete: 'Supprimer {{name}}',
    deleted: 'Préréglage « {{name}} » supprimé.',
    cancel: 'Annuler',
    close: 'Fermer',
    invalidFile: 'Le fichier de préréglages {{path}} est inutilisable : {{reason}}',
    readFailed: 'Le fichier de préréglages {{path}} n’a pas pu être lu.',
    groupsFailedItem: 'Les préréglages de vos projets n’ont pas pu être listés',
    groupsFailed:
      'Les préréglages publiés par vos projets manquent\u00a0: le service des groupes n’a pas pu lister vos projets. Rouvrez Préréglages pour réessayer.',
    conflict:
      'Le fichier de préréglages {{path}} a changé depuis que cette page l’a lu (dans un autre onglet ou une autre session). Rien n’a été enregistré : rechargez les préréglages et réessayez.',
    reload: 'Recharger les préréglages',
    saveFailed: 'Le fichier de préréglages n’a pas pu être enregistré',
    homeMissing:
      'Votre dossier personnel n’existe pas encore\u00a0: il est créé au lancement de votre première session, et vos préréglages y sont conservés. Lancez une session, puis enregistrez de nouveau ce préréglage.',
  },
};
