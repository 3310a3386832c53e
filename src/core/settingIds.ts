/**
 * Every setting id of the app, declared once. The ids are a public contract: administrators script
 * them through Rocket.Chat's REST API, so they are never renamed.
 */
export enum SettingId {
    // Masking
    MaskingEnabled = 'masking_enabled',
    MaskingScope = 'masking_scope',
    MaskingDepartments = 'masking_departments',
    MaskingStyle = 'masking_style',
    MaskingLabels = 'masking_labels',
    MaskingBlockLabels = 'masking_block_labels',
    MaskingCustomPatterns = 'masking_custom_patterns',
    MaskingAllowTerms = 'masking_allow_terms',
    MaskingAgentNotice = 'masking_agent_notice',
    UploadPolicy = 'upload_policy',
    UploadAllowedTypes = 'upload_allowed_types',
    // Archive
    ArchiveTransport = 'archive_transport',
    ArchiveSftpHost = 'archive_sftp_host',
    ArchiveSftpPort = 'archive_sftp_port',
    ArchiveSftpUsername = 'archive_sftp_username',
    ArchiveSftpPrivateKey = 'archive_sftp_private_key',
    ArchiveSftpHostFingerprint = 'archive_sftp_host_fingerprint',
    ArchiveSftpDirectory = 'archive_sftp_directory',
    ArchiveHttpsUrl = 'archive_https_url',
    ArchiveHttpsCaPem = 'archive_https_ca_pem',
    ArchiveHttpsClientCertPem = 'archive_https_client_cert_pem',
    ArchiveHttpsClientKeyPem = 'archive_https_client_key_pem',
    ArchiveHttpsHmacSecret = 'archive_https_hmac_secret',
    ArchivePgpPublicKey = 'archive_pgp_public_key',
    ArchiveSealOriginals = 'archive_seal_originals',
    ArchivePurgeMode = 'archive_purge_mode',
    ArchiveRetryDays = 'archive_retry_days',
}

/** Sections of the settings page, in the order administrators see them. */
export enum Section {
    Masking = 'section_masking',
    Archive = 'section_archive',
    LoginRestrictions = 'section_login_restrictions',
    Reporting = 'section_reporting',
}
