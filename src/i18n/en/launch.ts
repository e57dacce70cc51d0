// The launch form's strings (the form, Copy link, GPUs free, presets): they load with the form, not the dashboard.
export const launch = {
  form: {
    title: 'Launch a session',
    description:
      'Choose a type and an image; the link to this page keeps everything you fill in except the secret.',
    back: 'Back to your sessions',
    typeLabel: 'Session type',
    image: 'Image',
    imageHint: 'Images with the Harbor label “{{label}}”, by project; search by name or digest.',
    imagePlaceholder: 'Choose an image',
    noImageMatch: 'No image matches',
    imageListLoading: 'Loading the image list…',
    otherPlatformTitle: 'This image will not run here',
    otherPlatform:
      'It is built for {{platform}}, and the platform’s nodes run linux/amd64 images: its session would never start. Choose another tag.',
    imageListFailed:
      'The image list could not be loaded (see above); a private or unlisted image can still be given below.',
    imageRequired: 'Choose an image',
    customImage: 'Private or unlisted image',
    customImageHint:
      'An image from an allowed registry that is not in the list. The platform pulls any image not in its list with your registry user name and secret.',
    staleTag:
      'The platform lists no tag “{{tag}}” of {{repository}} for {{type}}: it may have been removed, or mistyped. The newest is {{newest}}. Launched anyway, this tag is pulled as an unlisted image, with your registry user name and secret below.',
    useNewest: 'Use {{image}}',
    unlistedNotice:
      'This image is not in the list for {{type}}; it is launched as an unlisted image, which needs your registry user name and secret below.',
    listedForOther:
      'The platform lists this image for {{types}}, not {{type}}. It launches as {{type}} all the same, without registry credentials: the image is public.',
    registryHost: 'Registry',
    registryChoose: 'Choose a registry',
    imageOffRegistry:
      'This image is not on {{hosts}}, where sessions start from: choose the registry above, then give the image’s path in it.',
    imageOtherRegistry:
      'This path starts with another registry, {{host}}: sessions start only from images on {{hosts}}. Give the path of an image on {{hosts}} (project/repository:tag).',
    imagePath: 'Image path',
    imagePathHint: 'project/repository:tag',
    registryUser: 'Registry user name',
    registrySecret: 'Registry secret',
    registrySecretHint: 'Your Harbor CLI secret; sent with this launch only, never stored.',
    registrySecretVisibility: 'Show or hide the registry secret',
    registryMissing: {
      user: 'Fill in your registry user name: the platform needs it to pull an image that is not in its list.',
      secret:
        'Fill in your Harbor CLI secret: the platform needs it to pull an image that is not in its list.',
    },
    registryColon: {
      user: 'A registry user name cannot contain “:”',
      secret: 'The platform cannot take a secret that contains “:”; set a CLI secret without one in Harbor',
    },
    name: 'Session name',
    namePreview: 'It will be called “{{name}}”.',
    namePreviewReplicas: 'They will be called “{{first}}” to “{{last}}”.',
    nameProblems: {
      required: 'Give the session a name',
      pattern: 'Use only letters, digits and hyphens',
      edges: 'Start and end with a letter or digit',
      tooLong: 'Use at most 63 characters',
      replicasTooLong:
        'Use at most {{max}} characters with {{replicas}} replicas: their names end in “-1” to “-{{replicas}}”, and the platform keeps only the first 63 characters of a name.',
    },
    nameTaken: 'You already have a session called “{{name}}”.',
    duplicateRunning: '“{{name}}” is already running. Open it, or give the new session another name.',
    duplicatePending:
      '“{{name}}” is already starting: watch it on your sessions page, or give the new session another name.',
    showExisting: 'Show {{name}} on your sessions page',
    openExisting: 'Open {{name}}',
    launchAnotherAs: 'Launch another as {{name}}',
    useNameInstead: 'Use the name {{name}} instead',
    restored: 'This form shows your last {{type}} launch instead of its defaults.',
    resetDefaults: 'Reset to defaults',
    known: {
      registryAuth:
        'This image’s registry needs your Harbor user name and CLI secret: fill in Registry user name and Registry secret under Private or unlisted image, then launch again.',
      limit:
        'You already have {{max}} interactive sessions, the most allowed. Delete one on your sessions page, then launch again.',
      notAuthorized:
        'Your account is not allowed to use sessions yet. Ask your group’s administrator or CANFAR support for access.',
      untrustedImage:
        'This image is not from a registry the platform accepts: choose an image from the list, or one of the registries offered.',
      resource: {
        cores: 'The platform does not offer this number of cores: choose one from the list.',
        ram: 'The platform does not offer this amount of RAM: choose one from the list.',
        gpus: 'The platform does not offer this number of GPUs: choose one from the list.',
      },
      registryFormat:
        'The registry user name and secret must both be filled in, and neither may contain “:”. Correct them under Private or unlisted image, then launch again.',
      name: 'A session name may hold only letters, digits and hyphens, and must start and end with a letter or digit.',
      imageRequired: 'Choose an image first.',
    },
    resources: 'Resources',
    flexible: 'Flexible',
    fixed: 'Fixed',
    flexibleHint:
      'The session starts with a small guaranteed share and may use up to {{cores}} cores and {{ram}} when the platform has room.',
    platformResources: 'The platform sets the resources of {{type}} sessions, without GPUs.',
    cores: 'Cores',
    ram: 'RAM',
    gpus: 'GPUs',
    noGpu: 'None',
    gpusNone: 'This platform has no GPUs to offer.',
    capacity_one:
      'Free now: {{cores}} core and {{ram}}. Largest session: {{maxCores}} cores with {{maxRam}}.',
    capacity_other:
      'Free now: {{cores}} cores and {{ram}}. Largest session: {{maxCores}} cores with {{maxRam}}.',
    capacityUnknown: 'The platform’s free capacity is not available right now.',
    job: 'Job',
    cmd: 'Command',
    cmdHint: 'Replaces the image’s entry point',
    args: 'Arguments',
    argsHint: 'Separated by spaces',
    envKey: 'Variable {{position}}',
    envValue: 'Value {{position}}',
    envRemove: 'Remove variable {{position}}',
    envAdd: 'Add a variable',
    envSecret: 'Secret',
    envSecretLabel: 'Secret value {{position}}',
    envSecretDetected: 'Secret value {{position}} (detected)',
    argsSecretLabel: 'Secret arguments',
    secretNote:
      'Secret values stay out of the address bar, links and remembered launches: they are kept only while this page is open. Names such as TOKEN or PASSWORD, and values that look like tokens, are secret automatically.',
    envKeyProblem: 'Letters, digits and _ only, not starting with a digit',
    envEqualsProblem: 'skaha drops a value that contains “=”',
    envEmptyProblem: 'Give {{key}} a value, or remove the row: skaha drops a variable without one.',
    unsafeDollar:
      'skaha cannot pass “$” through to the job: it takes it for a reference and refuses the launch. Write the value in a script and run that.',
    unsafeQuote:
      'skaha cannot pass “"” through to the job: it breaks the job description skaha writes. Write the value in a script and run that.',
    unsafeBackslash:
      'skaha cannot pass “\\” through to the job: it silently removes it. Write the value in a script and run that.',
    cmdSpaceProblem:
      'skaha runs the whole command as one program name: put only the program here and the rest in Arguments.',
    uncheckedBlocked:
      'Launch waits for the sessions service: without your sessions and the options it offers, the portal cannot check that the name is free, that you are under your session limit, or what resources would be sent. Try again above.',
    jobBlocked:
      'The job’s command, arguments or variables need fixing before it can launch: see the messages under them.',
    unavailableTitle: 'Not offered on this platform',
    unavailableCores: '{{value}} cores are not offered here: the session gets the default, {{fallback}}.',
    unavailableCoresNoDefault:
      '{{value}} cores are not offered here: choose a number of cores from the list.',
    unavailableRam: '{{value}} of RAM is not offered here: the session gets the default, {{fallback}}.',
    unavailableRamNoDefault: '{{value}} of RAM is not offered here: choose an amount from the list.',
    unavailableGpus_one: '{{count}} GPU is not offered here: the session launches without GPUs.',
    unavailableGpus_other: '{{count}} GPUs are not offered here: the session launches without GPUs.',
    replicas: 'Replicas',
    replicasHint:
      'Up to {{max}} copies, named name-1, name-2… Every job gets REPLICA_ID and REPLICA_COUNT, 1 and 1 for a job alone.',
    replicasRequired: 'Give a number of replicas, from 1 to {{max}}',
    replicasRange: 'Give a whole number of replicas from 1 to {{max}}',
    interactiveCount: '{{count}} of {{max}} interactive sessions in use.',
    interactiveCountRefused:
      'The sessions service counted {{max}} of {{max}} interactive sessions in use; your list, read again, shows {{count}}. Sessions still ending are counted until they are gone: try again in a minute, or end one.',
    toSessions: 'Go to your sessions',
    limitReached: 'You have reached the limit of {{max}} interactive sessions. Delete one to launch another.',
    homeFull: 'Your home folder is full: sessions cannot start until you free some space.',
    homeNearlyFull: 'Your home folder is {{percent}} full; a full home stops sessions from starting.',
    freeSpace: 'Free space in Storage',
    rejected: 'The launch was refused',
    partial: '{{launched}} of {{count}} replicas were launched before this error.',
    progressLabel: 'Launch progress',
    progress: '{{launched}} of {{count}} launched',
    submit: 'Launch',
    submitReplicas: 'Launch {{count}} replicas',
    cli: 'The same with the canfar client',
    cliSecrets: 'Secret values are read from your shell: set {{names}} there before you run it.',
    copyCli: 'Copy as CLI',
    cliCopied: 'The command line is copied.',
    cliNeedsImage: 'Choose an image to see the command.',
    cliRefused: {
      limit:
        'The sessions service would refuse this line now: you are at your limit of interactive sessions. It can be copied once one of them has ended.',
      name: 'The sessions service would refuse this session name: correct it above to copy the line.',
      image:
        'The sessions service would refuse this image: choose one on the platform’s registries to copy the line.',
      replicas: 'Give a number of replicas above to copy the line.',
      job: 'The sessions service would refuse or change this job: correct it above to copy the line.',
      controls:
        'This line holds invisible characters that change the order text is shown in (shown here as <U+…>), which no session name or image has: correct the form above to copy the line.',
    },
    copied: 'Copied',
    copyRefused:
      'The browser did not allow copying: select the line below and copy it with Ctrl+C (⌘C on a Mac).',
  },
  /** What became of a launch that got no answer of the platform's own (launch-outcome.ts). */
  outcome: {
    checkingStatus:
      'The sessions service answered {{status}} to the launch of “{{name}}”, which does not say whether it was started. The portal is reading your list of sessions to see whether it was.',
    checkingTitle: 'Not confirmed yet: checking whether the launch went through',
    checking:
      'The sessions service did not confirm the launch of “{{name}}”: the connection, or a proxy on the way, failed. The portal is reading your list of sessions to see whether it was started.',
    foundTitle: 'Your session “{{name}}” was started after all',
    found: 'The sessions service did not confirm the launch, but it went through. Nothing was sent twice.',
    toSessions: 'Go to your sessions',
    launchRest_one: 'Launch the remaining replica',
    launchRest_other: 'Launch the remaining {{count}} replicas',
    replicas: '{{launched}} of {{count}} replicas are launched.',
    unknownTitle: 'Not confirmed: the launch may or may not have gone through',
    unknown:
      'The sessions service did not confirm the launch of “{{name}}” (see below why), so the portal cannot tell whether the session was started.',
    listAbsent:
      'Your list of sessions, read again just now, does not have it yet. The portal keeps looking while this page is open.',
    listUnreadable: 'Your list of sessions could not be read either.',
    retryHint:
      'Try again reads your list once more and sends the same launch, as “{{name}}”, only if the session is not there.',
    dismiss: 'Change the form instead',
    notSentTitle: 'Your sign-in had expired: the launch was not sent',
    notSent: 'Nothing was started. Launch sends it now, as the form shows it.',
  },
  link: {
    copy: 'Copy link',
    copied: 'Link copied',
    field: 'Link to this form',
    refused: 'The browser did not allow copying: the link is selected, copy it with Ctrl+C (⌘C on a Mac).',
  },
  gpus: {
    free_one: '{{count}} of {{total}} {{model}} free now',
    free_other: '{{count}} of {{total}} {{model}} free now',
    freeAnyModel_one: '{{count}} of {{total}} GPUs free now',
    freeAnyModel_other: '{{count}} of {{total}} GPUs free now',
  },
  presets: {
    menu: 'Presets',
    yours: 'Your presets',
    none: 'No saved presets yet',
    workshop: 'Published for {{project}}',
    workshopBadge: '{{project}}, read-only',
    save: 'Save the form as a preset…',
    manage: 'Rename or delete presets…',
    applied: 'Preset “{{name}}” applied: check the form, then Launch.',
    loading: 'Loading presets…',
    saveTitle: 'Save the form as a preset',
    nameLabel: 'Preset name',
    nameHint: 'Kept in {{path}}. Secret values are never saved.',
    nameRequired: 'Give the preset a name',
    nameTaken: 'You already have a preset called “{{name}}”',
    saveSubmit: 'Save preset',
    saved: 'Preset “{{name}}” saved.',
    manageTitle: 'Your presets',
    rename: 'Rename {{name}}',
    renameLabel: 'New name for {{name}}',
    renameSubmit: 'Save the name',
    renamed: 'Preset “{{name}}” renamed “{{to}}”.',
    delete: 'Delete {{name}}',
    deleted: 'Preset “{{name}}” deleted.',
    cancel: 'Cancel',
    close: 'Close',
    invalidFile: 'The presets file {{path}} cannot be used: {{reason}}',
    readFailed: 'The presets file {{path}} could not be read.',
    groupsFailedItem: 'Your projects’ presets could not be listed',
    groupsFailed:
      'The presets your projects publish are missing: the group service could not list your projects. Open Presets again to try again.',
    conflict:
      'The presets file {{path}} changed since this page read it (in another tab or session). Nothing was saved: reload the presets and try again.',
    reload: 'Reload the presets',
    saveFailed: 'The presets file could not be saved',
    homeMissing:
      'Your home folder does not exist yet: it is created when you start your first session, and your presets are kept there. Start a session, then save this preset again.',
  },
} as const;
