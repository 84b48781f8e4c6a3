/*M!999999\- enable the sandbox mode */ 

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
DROP TABLE IF EXISTS `action_executions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `action_executions` (
  `id` varchar(255) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `trigger_id` varchar(64) NOT NULL,
  `status` varchar(32) NOT NULL,
  `results` text NOT NULL,
  `logs` text DEFAULT NULL,
  `created_at_ts` bigint(20) NOT NULL,
  `updated_at_ts` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_action_executions_tenant` (`tenant_id`,`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `action_versions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `action_versions` (
  `id` varchar(255) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `action_id` varchar(255) NOT NULL,
  `number` int(11) NOT NULL,
  `code` text NOT NULL,
  `runtime` varchar(50) DEFAULT NULL,
  `secrets` text DEFAULT NULL,
  `dependencies` text DEFAULT NULL,
  `supported_triggers` text DEFAULT NULL,
  `deployed` int(11) NOT NULL DEFAULT 0,
  `created_at_ts` bigint(20) NOT NULL,
  `updated_at_ts` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_action_versions_action_number` (`tenant_id`,`action_id`,`number`),
  KEY `idx_action_versions_action` (`tenant_id`,`action_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `actions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `actions` (
  `id` varchar(255) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `name` varchar(255) NOT NULL,
  `code` text NOT NULL,
  `runtime` varchar(50) DEFAULT NULL,
  `status` varchar(50) DEFAULT 'built',
  `secrets` text DEFAULT NULL,
  `dependencies` text DEFAULT NULL,
  `supported_triggers` text DEFAULT NULL,
  `deployed_at_ts` bigint(20) DEFAULT NULL,
  `created_at_ts` bigint(20) NOT NULL,
  `updated_at_ts` bigint(20) NOT NULL,
  `is_system` int(11) NOT NULL DEFAULT 0,
  `inherit` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `idx_actions_tenant` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `authentication_methods`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `authentication_methods` (
  `id` varchar(26) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `type` varchar(32) NOT NULL,
  `phone_number` varchar(32) DEFAULT NULL,
  `totp_secret` varchar(255) DEFAULT NULL,
  `confirmed` int(11) NOT NULL DEFAULT 0,
  `created_at_ts` bigint(20) NOT NULL,
  `updated_at_ts` bigint(20) NOT NULL,
  `credential_id` varchar(512) DEFAULT NULL,
  `public_key` text DEFAULT NULL,
  `sign_count` int(11) DEFAULT NULL,
  `credential_backed_up` int(11) DEFAULT NULL,
  `transports` varchar(512) DEFAULT NULL,
  `friendly_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `authentication_methods_credential_id_idx` (`credential_id`),
  KEY `mfa_enrollments_tenant_user_idx` (`tenant_id`,`user_id`),
  CONSTRAINT `fk_authentication_methods_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `branding`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branding` (
  `tenant_id` varchar(255) NOT NULL,
  `logo_url` varchar(512) DEFAULT NULL,
  `favicon_url` varchar(512) DEFAULT NULL,
  `font_url` varchar(512) DEFAULT NULL,
  `colors_primary` varchar(8) DEFAULT NULL,
  `colors_page_background_type` varchar(32) DEFAULT NULL,
  `colors_page_background_start` varchar(8) DEFAULT NULL,
  `colors_page_background_end` varchar(8) DEFAULT NULL,
  `colors_page_background_angle_dev` int(11) DEFAULT NULL,
  `dark_mode` varchar(8) DEFAULT NULL,
  PRIMARY KEY (`tenant_id`),
  CONSTRAINT `fk_branding_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `client_grants`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `client_grants` (
  `id` varchar(21) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `audience` varchar(191) NOT NULL,
  `scope` text DEFAULT NULL,
  `organization_usage` varchar(32) DEFAULT NULL,
  `allow_any_organization` int(11) DEFAULT 0,
  `is_system` int(11) DEFAULT 0,
  `subject_type` varchar(32) DEFAULT NULL,
  `authorization_details_types` text DEFAULT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  PRIMARY KEY (`tenant_id`,`id`),
  UNIQUE KEY `uq_client_grants_tenant_client_audience` (`tenant_id`,`client_id`,`audience`),
  KEY `idx_client_grants_audience` (`audience`),
  CONSTRAINT `fk_client_grants_clients` FOREIGN KEY (`tenant_id`, `client_id`) REFERENCES `clients` (`tenant_id`, `client_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_client_grants_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `client_registration_tokens`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `client_registration_tokens` (
  `id` varchar(255) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `token_hash` varchar(64) NOT NULL,
  `type` varchar(8) NOT NULL,
  `client_id` varchar(191) DEFAULT NULL,
  `sub` varchar(255) DEFAULT NULL,
  `constraints` text DEFAULT NULL,
  `single_use` int(11) NOT NULL DEFAULT 0,
  `used_at_ts` bigint(20) DEFAULT NULL,
  `expires_at_ts` bigint(20) DEFAULT NULL,
  `created_at_ts` bigint(20) NOT NULL,
  `revoked_at_ts` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_client_registration_tokens_hash` (`tenant_id`,`token_hash`),
  KEY `idx_client_registration_tokens_client` (`tenant_id`,`client_id`),
  CONSTRAINT `fk_client_registration_tokens_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `clients`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `clients` (
  `client_id` varchar(191) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(140) DEFAULT NULL,
  `global` int(11) NOT NULL DEFAULT 0,
  `client_secret` varchar(255) DEFAULT NULL,
  `app_type` varchar(64) DEFAULT 'regular_web',
  `logo_uri` varchar(2083) DEFAULT NULL,
  `is_first_party` int(11) NOT NULL DEFAULT 0,
  `oidc_conformant` int(11) NOT NULL DEFAULT 1,
  `callbacks` text NOT NULL,
  `allowed_origins` text NOT NULL,
  `web_origins` text NOT NULL,
  `client_aliases` text NOT NULL,
  `allowed_clients` text NOT NULL,
  `allowed_logout_urls` text NOT NULL,
  `session_transfer` text NOT NULL,
  `oidc_logout` text NOT NULL,
  `grant_types` text NOT NULL,
  `jwt_configuration` text NOT NULL,
  `signing_keys` text NOT NULL,
  `encryption_key` text NOT NULL,
  `sso` int(11) NOT NULL DEFAULT 0,
  `sso_disabled` int(11) NOT NULL DEFAULT 1,
  `cross_origin_authentication` int(11) NOT NULL DEFAULT 0,
  `cross_origin_loc` varchar(2083) DEFAULT NULL,
  `custom_login_page_on` int(11) NOT NULL DEFAULT 0,
  `custom_login_page` text DEFAULT NULL,
  `custom_login_page_preview` text DEFAULT NULL,
  `form_template` text DEFAULT NULL,
  `addons` text NOT NULL,
  `token_endpoint_auth_method` varchar(64) DEFAULT 'client_secret_basic',
  `client_metadata` text NOT NULL,
  `mobile` text NOT NULL,
  `initiate_login_uri` varchar(2083) DEFAULT NULL,
  `native_social_login` text NOT NULL,
  `refresh_token` text NOT NULL,
  `default_organization` text NOT NULL,
  `organization_usage` varchar(32) DEFAULT 'deny',
  `organization_require_behavior` varchar(32) DEFAULT 'no_prompt',
  `client_authentication_methods` text NOT NULL,
  `require_pushed_authorization_requests` int(11) NOT NULL DEFAULT 0,
  `require_proof_of_possession` int(11) NOT NULL DEFAULT 0,
  `signed_request_object` text NOT NULL,
  `compliance_level` varchar(64) DEFAULT NULL,
  `par_request_expiry` int(11) DEFAULT NULL,
  `token_quota` text NOT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  `connections` text DEFAULT NULL,
  `auth0_conformant` int(11) DEFAULT 1,
  `owner_user_id` varchar(255) DEFAULT NULL,
  `registration_type` varchar(32) DEFAULT NULL,
  `registration_metadata` text DEFAULT NULL,
  `user_linking_mode` varchar(16) DEFAULT NULL,
  `hide_sign_up_disabled_error` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`tenant_id`,`client_id`),
  KEY `idx_clients_owner_user_id` (`tenant_id`,`owner_user_id`),
  CONSTRAINT `fk_clients_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `codes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `codes` (
  `code_id` varchar(255) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  `login_id` varchar(255) DEFAULT NULL,
  `connection_id` varchar(255) DEFAULT NULL,
  `code_type` varchar(255) NOT NULL,
  `created_at` varchar(255) NOT NULL,
  `expires_at` varchar(255) NOT NULL,
  `used_at` varchar(255) DEFAULT NULL,
  `code_verifier` varchar(128) DEFAULT NULL,
  `code_challenge` varchar(128) DEFAULT NULL,
  `code_challenge_method` varchar(5) DEFAULT NULL,
  `redirect_uri` varchar(1024) DEFAULT NULL,
  `nonce` varchar(1024) DEFAULT NULL,
  `state` varchar(2048) DEFAULT NULL,
  `otp` varchar(32) DEFAULT NULL,
  `expires_at_ts` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`code_id`,`code_type`,`tenant_id`),
  KEY `fk_codes_tenants` (`tenant_id`),
  KEY `FK_codes_user_id_tenant_id_constraint` (`user_id`,`tenant_id`),
  KEY `idx_codes_expires_at_ts` (`expires_at_ts`),
  CONSTRAINT `FK_codes_user_id_tenant_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_codes_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `connections`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `connections` (
  `id` varchar(255) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `response_type` varchar(255) DEFAULT NULL,
  `response_mode` varchar(255) DEFAULT NULL,
  `strategy` varchar(64) DEFAULT NULL,
  `options` varchar(8192) NOT NULL DEFAULT '{}',
  `created_at` varchar(255) NOT NULL,
  `updated_at` varchar(255) NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `is_domain_connection` int(11) DEFAULT NULL,
  `show_as_button` int(11) DEFAULT NULL,
  `metadata` varchar(4096) DEFAULT NULL,
  `is_system` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`tenant_id`,`id`),
  CONSTRAINT `fk_connections_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `control_plane_comm_keys`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `control_plane_comm_keys` (
  `kid` varchar(255) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `public_jwk` text NOT NULL,
  `created_at` varchar(35) NOT NULL,
  `revoked_at` varchar(35) DEFAULT NULL,
  PRIMARY KEY (`kid`),
  KEY `control_plane_comm_keys_tenant_id_created_at_idx` (`tenant_id`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `custom_domains`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `custom_domains` (
  `custom_domain_id` varchar(256) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `domain` varchar(255) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `status` varchar(50) NOT NULL,
  `type` varchar(50) NOT NULL,
  `origin_domain_name` varchar(255) DEFAULT NULL,
  `verification` varchar(2048) DEFAULT NULL,
  `custom_client_ip_header` varchar(50) DEFAULT NULL,
  `tls_policy` varchar(50) DEFAULT NULL,
  `domain_metadata` varchar(2048) DEFAULT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  PRIMARY KEY (`custom_domain_id`),
  KEY `fk_custom_domains_tenants` (`tenant_id`),
  CONSTRAINT `fk_custom_domains_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `custom_text`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `custom_text` (
  `tenant_id` varchar(191) NOT NULL,
  `prompt` varchar(64) NOT NULL,
  `language` varchar(16) NOT NULL,
  `custom_text` text NOT NULL,
  `created_at_ts` bigint(20) NOT NULL,
  `updated_at_ts` bigint(20) NOT NULL,
  PRIMARY KEY (`tenant_id`,`prompt`,`language`),
  CONSTRAINT `fk_custom_text_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `email_providers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `email_providers` (
  `tenant_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `default_from_address` varchar(255) DEFAULT NULL,
  `credentials` varchar(2048) NOT NULL DEFAULT '{}',
  `settings` varchar(2048) NOT NULL DEFAULT '{}',
  `created_at` varchar(29) NOT NULL,
  `updated_at` varchar(29) NOT NULL,
  PRIMARY KEY (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `email_templates`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `email_templates` (
  `tenant_id` varchar(255) NOT NULL,
  `template` varchar(64) NOT NULL,
  `body` text NOT NULL,
  `from` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `syntax` varchar(16) NOT NULL DEFAULT 'liquid',
  `result_url` varchar(2048) DEFAULT NULL,
  `url_lifetime_in_seconds` int(11) DEFAULT NULL,
  `include_email_in_redirect` int(11) NOT NULL DEFAULT 0,
  `enabled` int(11) NOT NULL DEFAULT 1,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  PRIMARY KEY (`tenant_id`,`template`),
  CONSTRAINT `email_templates_tenant_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `flows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `flows` (
  `id` varchar(24) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `name` varchar(150) NOT NULL,
  `actions` text DEFAULT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `flows_tenant_id_idx` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `forms`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `forms` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `messages` varchar(255) DEFAULT NULL,
  `languages` varchar(255) DEFAULT NULL,
  `translations` varchar(4096) DEFAULT NULL,
  `nodes` varchar(4096) DEFAULT NULL,
  `start` varchar(255) DEFAULT NULL,
  `ending` varchar(255) DEFAULT NULL,
  `style` varchar(1042) DEFAULT NULL,
  `created_at` varchar(255) NOT NULL,
  `updated_at` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `forms_tenant_id_idx` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `grants`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `grants` (
  `id` varchar(21) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `audience` varchar(100) NOT NULL DEFAULT '',
  `scope` text NOT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `grants_natural_key_idx` (`tenant_id`,`user_id`,`client_id`,`audience`),
  KEY `grants_tenant_user_idx` (`tenant_id`,`user_id`),
  KEY `grants_user_id_constraint` (`user_id`,`tenant_id`),
  CONSTRAINT `fk_grants_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE,
  CONSTRAINT `grants_user_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `hook_code`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `hook_code` (
  `id` varchar(21) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `code` text NOT NULL,
  `secrets` text DEFAULT NULL,
  `created_at_ts` bigint(20) NOT NULL,
  `updated_at_ts` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_hook_code_tenant` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `hooks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `hooks` (
  `hook_id` varchar(21) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `trigger_id` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `synchronous` tinyint(1) NOT NULL DEFAULT 0,
  `priority` int(11) DEFAULT NULL,
  `form_id` varchar(128) DEFAULT NULL,
  `url` varchar(512) DEFAULT NULL,
  `template_id` varchar(64) DEFAULT NULL,
  `created_at_ts` bigint(20) DEFAULT NULL,
  `updated_at_ts` bigint(20) DEFAULT NULL,
  `code_id` varchar(21) DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  PRIMARY KEY (`hook_id`),
  KEY `fk_hooks_tenants` (`tenant_id`),
  CONSTRAINT `fk_hooks_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `invites`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `invites` (
  `id` varchar(21) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `organization_id` varchar(21) NOT NULL,
  `inviter` text NOT NULL,
  `invitee` text NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `connection_id` varchar(21) DEFAULT NULL,
  `invitation_url` text NOT NULL,
  `created_at` varchar(35) NOT NULL,
  `expires_at` varchar(35) NOT NULL,
  `app_metadata` text DEFAULT NULL,
  `user_metadata` text DEFAULT NULL,
  `roles` text DEFAULT NULL,
  `ticket_id` varchar(191) DEFAULT NULL,
  `ttl_sec` int(11) DEFAULT NULL,
  `send_invitation_email` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_invites_expires_at` (`expires_at`),
  KEY `idx_invites_organization_id` (`organization_id`),
  KEY `idx_invites_tenant_created` (`tenant_id`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `keys`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `keys` (
  `kid` varchar(255) NOT NULL,
  `tenant_id` varchar(255) DEFAULT NULL,
  `created_at` varchar(255) NOT NULL,
  `revoked_at` varchar(255) DEFAULT NULL,
  `cert` varchar(4096) DEFAULT NULL,
  `pkcs7` varchar(4096) DEFAULT NULL,
  `fingerprint` varchar(256) DEFAULT NULL,
  `thumbprint` varchar(256) DEFAULT NULL,
  `current_since` varchar(256) DEFAULT NULL,
  `current_until` varchar(256) DEFAULT NULL,
  `type` varchar(50) NOT NULL DEFAULT 'jwt_signing',
  `connection` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`kid`),
  KEY `fk_keys_tenants` (`tenant_id`),
  CONSTRAINT `fk_keys_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `kysely_migration`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `kysely_migration` (
  `name` varchar(255) NOT NULL,
  `timestamp` varchar(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `kysely_migration_lock`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `kysely_migration_lock` (
  `id` varchar(255) NOT NULL,
  `is_locked` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `log_streams`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `log_streams` (
  `id` varchar(64) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(64) NOT NULL,
  `status` varchar(32) NOT NULL,
  `sink` text NOT NULL,
  `filters` text DEFAULT NULL,
  `is_priority` tinyint(1) DEFAULT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_log_streams_tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `login_sessions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `login_sessions` (
  `id` varchar(26) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `session_id` varchar(26) DEFAULT NULL,
  `csrf_token` varchar(26) DEFAULT NULL,
  `authorization_url` text DEFAULT NULL,
  `ip` varchar(39) DEFAULT NULL,
  `useragent` text DEFAULT NULL,
  `auth0Client` varchar(255) DEFAULT NULL,
  `state` varchar(50) DEFAULT 'pending',
  `state_data` text DEFAULT NULL,
  `failure_reason` text DEFAULT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  `created_at_ts` bigint(20) DEFAULT NULL,
  `updated_at_ts` bigint(20) DEFAULT NULL,
  `expires_at_ts` bigint(20) DEFAULT NULL,
  `auth_connection` varchar(255) DEFAULT NULL,
  `auth_strategy_strategy` varchar(64) DEFAULT NULL,
  `auth_strategy_strategy_type` varchar(64) DEFAULT NULL,
  `authenticated_at` varchar(35) DEFAULT NULL,
  `auth_params` text DEFAULT NULL,
  PRIMARY KEY (`tenant_id`,`id`),
  KEY `idx_login_sessions_expires_at_ts` (`expires_at_ts`),
  KEY `login_sessions_id_index` (`id`),
  KEY `login_sessions_state_idx` (`state`),
  KEY `login_sessions_state_updated_idx` (`state`),
  KEY `login_sessions_tenant_user_idx` (`tenant_id`,`user_id`),
  KEY `login_sessions_session_fk` (`tenant_id`,`session_id`),
  CONSTRAINT `login_sessions_session_fk` FOREIGN KEY (`tenant_id`, `session_id`) REFERENCES `sessions` (`tenant_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `login_sessions_tenant_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `logs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `logs` (
  `log_id` varchar(21) NOT NULL,
  `category` varchar(255) DEFAULT NULL,
  `tenant_id` varchar(64) DEFAULT NULL,
  `user_id` varchar(64) DEFAULT NULL,
  `ip` varchar(255) DEFAULT NULL,
  `type` varchar(8) NOT NULL,
  `date` varchar(25) NOT NULL,
  `client_id` varchar(255) DEFAULT NULL,
  `client_name` varchar(255) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `details` varchar(2048) DEFAULT NULL,
  `isMobile` int(11) DEFAULT NULL,
  `user_name` varchar(255) DEFAULT NULL,
  `connection` varchar(255) DEFAULT NULL,
  `connection_id` varchar(255) DEFAULT NULL,
  `audience` varchar(255) DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  `strategy` varchar(255) DEFAULT NULL,
  `strategy_type` varchar(255) DEFAULT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `auth0_client` varchar(8192) DEFAULT NULL,
  `session_connection` varchar(255) DEFAULT NULL,
  `country_code` varchar(2) DEFAULT NULL,
  `country_code3` varchar(3) DEFAULT NULL,
  `country_name` varchar(255) DEFAULT NULL,
  `city_name` varchar(255) DEFAULT NULL,
  `latitude` varchar(255) DEFAULT NULL,
  `longitude` varchar(255) DEFAULT NULL,
  `time_zone` varchar(255) DEFAULT NULL,
  `continent_code` varchar(2) DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  KEY `logs_date` (`date`),
  KEY `logs_tenant_id` (`tenant_id`),
  KEY `logs_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `migration_sources`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `migration_sources` (
  `id` varchar(64) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `name` varchar(255) NOT NULL,
  `provider` varchar(32) NOT NULL,
  `connection` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `credentials` text NOT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_migration_sources_tenant_id` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `migrations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `migrations` (
  `id` varchar(255) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `provider` varchar(255) DEFAULT NULL,
  `client_id` varchar(255) DEFAULT NULL,
  `origin` varchar(255) DEFAULT NULL,
  `domain` varchar(255) DEFAULT NULL,
  `created_at` varchar(255) NOT NULL,
  `updated_at` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_migrations_tenants` (`tenant_id`),
  CONSTRAINT `fk_migrations_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `organization_connections`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `organization_connections` (
  `tenant_id` varchar(191) NOT NULL,
  `organization_id` varchar(21) NOT NULL,
  `connection_id` varchar(191) NOT NULL,
  `assign_membership_on_login` tinyint(1) NOT NULL DEFAULT 0,
  `show_as_button` tinyint(1) NOT NULL DEFAULT 1,
  `is_signup_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  UNIQUE KEY `organization_connections_unique` (`tenant_id`,`organization_id`,`connection_id`),
  KEY `idx_organization_connections_tenant_connection` (`tenant_id`,`connection_id`),
  KEY `idx_organization_connections_tenant_org` (`tenant_id`,`organization_id`),
  KEY `organization_connections_organization_fk` (`organization_id`),
  CONSTRAINT `organization_connections_connection_fk` FOREIGN KEY (`tenant_id`, `connection_id`) REFERENCES `connections` (`tenant_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `organization_connections_organization_fk` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `organizations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `organizations` (
  `id` varchar(256) NOT NULL,
  `tenant_id` varchar(256) NOT NULL,
  `name` varchar(256) NOT NULL,
  `display_name` varchar(256) DEFAULT NULL,
  `branding` text DEFAULT NULL,
  `metadata` text DEFAULT NULL,
  `enabled_connections` text DEFAULT NULL,
  `token_quota` text DEFAULT NULL,
  `created_at` varchar(256) NOT NULL,
  `updated_at` varchar(256) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_organizations_tenant_name_unique` (`tenant_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `outbox_events`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `outbox_events` (
  `id` varchar(21) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `event_type` varchar(255) NOT NULL,
  `log_type` varchar(64) NOT NULL,
  `aggregate_type` varchar(64) NOT NULL,
  `aggregate_id` varchar(255) NOT NULL,
  `payload` text NOT NULL,
  `created_at` varchar(35) NOT NULL,
  `processed_at` varchar(35) DEFAULT NULL,
  `retry_count` int(11) NOT NULL DEFAULT 0,
  `next_retry_at` varchar(35) DEFAULT NULL,
  `error` text DEFAULT NULL,
  `claimed_by` varchar(64) DEFAULT NULL,
  `claim_expires_at` varchar(35) DEFAULT NULL,
  `dead_lettered_at` varchar(35) DEFAULT NULL,
  `final_error` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_outbox_claim` (`processed_at`,`claim_expires_at`,`next_retry_at`,`created_at`),
  KEY `idx_outbox_events_tenant_dead_lettered` (`tenant_id`,`dead_lettered_at`),
  KEY `idx_outbox_tenant_type` (`tenant_id`,`event_type`,`created_at`),
  KEY `idx_outbox_unprocessed` (`processed_at`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `passwords`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `passwords` (
  `id` varchar(21) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `password` varchar(255) NOT NULL,
  `algorithm` varchar(255) NOT NULL DEFAULT 'bcrypt',
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  `is_current` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `fk_passwords_tenants` (`tenant_id`),
  KEY `password_history_user_id_tenant_id_constraint` (`user_id`,`tenant_id`),
  CONSTRAINT `fk_passwords_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE,
  CONSTRAINT `password_history_user_id_tenant_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `prompt_settings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `prompt_settings` (
  `tenant_id` varchar(64) NOT NULL,
  `universal_login_experience` varchar(16) NOT NULL DEFAULT 'new',
  `identifier_first` tinyint(1) NOT NULL DEFAULT 1,
  `password_first` tinyint(1) NOT NULL DEFAULT 0,
  `webauthn_platform_first_factor` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `proxy_routes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `proxy_routes` (
  `id` varchar(64) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `custom_domain_id` varchar(256) NOT NULL,
  `priority` int(11) NOT NULL DEFAULT 100,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  `match` varchar(2048) NOT NULL DEFAULT '{"path":"/*"}',
  `handlers` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `proxy_routes_custom_domain_id_idx` (`custom_domain_id`),
  KEY `proxy_routes_tenant_id_idx` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `refresh_tokens`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `refresh_tokens` (
  `id` varchar(26) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  `resource_servers` text NOT NULL,
  `device` text NOT NULL,
  `rotating` tinyint(1) NOT NULL,
  `created_at_ts` bigint(20) DEFAULT NULL,
  `expires_at_ts` bigint(20) DEFAULT NULL,
  `idle_expires_at_ts` bigint(20) DEFAULT NULL,
  `last_exchanged_at_ts` bigint(20) DEFAULT NULL,
  `login_id` varchar(26) NOT NULL,
  `revoked_at_ts` bigint(20) DEFAULT NULL,
  `token_lookup` varchar(16) DEFAULT NULL,
  `token_hash` varchar(64) DEFAULT NULL,
  `family_id` varchar(26) DEFAULT NULL,
  `rotated_to` varchar(26) DEFAULT NULL,
  `rotated_at_ts` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`tenant_id`,`id`),
  KEY `idx_refresh_tokens_expires_at_ts` (`expires_at_ts`),
  KEY `idx_refresh_tokens_family_id` (`tenant_id`,`family_id`),
  KEY `idx_refresh_tokens_idle_expires_at_ts` (`idle_expires_at_ts`),
  KEY `idx_refresh_tokens_login_id` (`login_id`),
  KEY `idx_refresh_tokens_token_lookup` (`tenant_id`,`token_lookup`),
  KEY `idx_refresh_tokens_user_id` (`tenant_id`,`user_id`),
  KEY `refresh_tokens_client_fk` (`tenant_id`,`client_id`),
  CONSTRAINT `refresh_tokens_client_fk` FOREIGN KEY (`tenant_id`, `client_id`) REFERENCES `clients` (`tenant_id`, `client_id`) ON DELETE CASCADE,
  CONSTRAINT `refresh_tokens_tenant_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `resource_servers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `resource_servers` (
  `id` varchar(21) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `identifier` varchar(191) NOT NULL,
  `name` varchar(255) NOT NULL,
  `scopes` text DEFAULT NULL,
  `signing_alg` varchar(64) DEFAULT NULL,
  `signing_secret` varchar(2048) DEFAULT NULL,
  `token_lifetime` int(11) DEFAULT NULL,
  `token_lifetime_for_web` int(11) DEFAULT NULL,
  `skip_consent_for_verifiable_first_party_clients` int(11) DEFAULT NULL,
  `allow_offline_access` int(11) DEFAULT NULL,
  `verification_key` varchar(4096) DEFAULT NULL,
  `options` varchar(4096) DEFAULT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  `is_system` int(11) NOT NULL DEFAULT 0,
  `metadata` varchar(4096) DEFAULT NULL,
  PRIMARY KEY (`tenant_id`,`id`),
  UNIQUE KEY `resource_servers_tenant_identifier_uq` (`tenant_id`,`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `role_permissions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `role_permissions` (
  `tenant_id` varchar(191) NOT NULL,
  `role_id` varchar(21) NOT NULL,
  `resource_server_identifier` varchar(191) NOT NULL,
  `permission_name` varchar(191) NOT NULL,
  `created_at` varchar(35) NOT NULL,
  PRIMARY KEY (`tenant_id`,`role_id`,`resource_server_identifier`,`permission_name`),
  KEY `role_permissions_permission_fk` (`tenant_id`,`resource_server_identifier`,`permission_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `roles`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `roles` (
  `id` varchar(21) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `name` varchar(50) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  `is_system` int(11) NOT NULL DEFAULT 0,
  `metadata` varchar(4096) DEFAULT NULL,
  PRIMARY KEY (`tenant_id`,`id`),
  UNIQUE KEY `roles_tenant_name_uq` (`tenant_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `rollouts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `rollouts` (
  `id` varchar(255) NOT NULL,
  `kind` varchar(32) NOT NULL,
  `status` varchar(32) NOT NULL,
  `target_worker_version` varchar(255) DEFAULT NULL,
  `target_database_version` varchar(255) DEFAULT NULL,
  `wave_size` int(11) NOT NULL DEFAULT 10,
  `canary_tenant_ids` text DEFAULT NULL,
  `filter` text DEFAULT NULL,
  `initiated_by` varchar(255) DEFAULT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  `finished_at` varchar(35) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `sessions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sessions` (
  `id` varchar(26) NOT NULL,
  `tenant_id` varchar(191) NOT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  `device` text NOT NULL,
  `clients` text NOT NULL,
  `login_session_id` varchar(26) DEFAULT NULL,
  `created_at_ts` bigint(20) DEFAULT NULL,
  `updated_at_ts` bigint(20) DEFAULT NULL,
  `expires_at_ts` bigint(20) DEFAULT NULL,
  `idle_expires_at_ts` bigint(20) DEFAULT NULL,
  `authenticated_at_ts` bigint(20) DEFAULT NULL,
  `last_interaction_at_ts` bigint(20) DEFAULT NULL,
  `used_at_ts` bigint(20) DEFAULT NULL,
  `revoked_at_ts` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`tenant_id`,`id`),
  KEY `idx_sessions_expires_at_ts` (`expires_at_ts`),
  KEY `idx_sessions_idle_expires_at_ts` (`idle_expires_at_ts`),
  KEY `idx_sessions_user_id` (`tenant_id`,`user_id`),
  KEY `sessions_user_fk` (`user_id`,`tenant_id`),
  CONSTRAINT `sessions_user_fk` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `tenant_operation_events`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tenant_operation_events` (
  `id` varchar(255) NOT NULL,
  `operation_id` varchar(255) NOT NULL,
  `step` varchar(255) NOT NULL,
  `outcome` varchar(32) NOT NULL,
  `detail` text DEFAULT NULL,
  `attempt` int(11) NOT NULL DEFAULT 1,
  `created_at` varchar(35) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_operation_events_operation_id_created_at_idx` (`operation_id`,`created_at`),
  CONSTRAINT `tenant_operation_events_operation_id_constraint` FOREIGN KEY (`operation_id`) REFERENCES `tenant_operations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `tenant_operations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tenant_operations` (
  `id` varchar(255) NOT NULL,
  `tenant_id` varchar(255) DEFAULT NULL,
  `rollout_id` varchar(255) DEFAULT NULL,
  `kind` varchar(32) NOT NULL,
  `status` varchar(32) NOT NULL,
  `current_step` varchar(255) DEFAULT NULL,
  `engine` varchar(64) NOT NULL,
  `engine_instance_id` varchar(100) DEFAULT NULL,
  `target_worker_version` varchar(255) DEFAULT NULL,
  `target_database_version` varchar(255) DEFAULT NULL,
  `error` text DEFAULT NULL,
  `initiated_by` varchar(255) DEFAULT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  `finished_at` varchar(35) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tenant_operations_rollout_id_idx` (`rollout_id`),
  KEY `tenant_operations_status_idx` (`status`),
  KEY `tenant_operations_tenant_id_created_at_idx` (`tenant_id`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `tenants`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tenants` (
  `id` varchar(255) NOT NULL,
  `audience` varchar(255) DEFAULT NULL,
  `sender_email` varchar(255) DEFAULT NULL,
  `sender_name` varchar(255) DEFAULT NULL,
  `created_at` varchar(255) NOT NULL,
  `updated_at` varchar(255) NOT NULL,
  `support_url` varchar(255) DEFAULT NULL,
  `idle_session_lifetime` int(11) DEFAULT NULL,
  `session_lifetime` int(11) DEFAULT NULL,
  `session_cookie` text DEFAULT NULL,
  `allowed_logout_urls` text DEFAULT NULL,
  `ephemeral_session_lifetime` int(11) DEFAULT NULL,
  `idle_ephemeral_session_lifetime` int(11) DEFAULT NULL,
  `default_redirection_uri` text DEFAULT NULL,
  `enabled_locales` text DEFAULT NULL,
  `default_directory` varchar(255) DEFAULT NULL,
  `error_page` text DEFAULT NULL,
  `flags` text DEFAULT NULL,
  `friendly_name` varchar(255) DEFAULT NULL,
  `picture_url` text DEFAULT NULL,
  `support_email` varchar(255) DEFAULT NULL,
  `sandbox_version` varchar(50) DEFAULT NULL,
  `sandbox_versions_available` text DEFAULT NULL,
  `legacy_sandbox_version` varchar(50) DEFAULT NULL,
  `change_password` text DEFAULT NULL,
  `guardian_mfa_page` text DEFAULT NULL,
  `device_flow` text DEFAULT NULL,
  `default_token_quota` text DEFAULT NULL,
  `default_audience` varchar(255) DEFAULT NULL,
  `default_organization` varchar(255) DEFAULT NULL,
  `sessions` text DEFAULT NULL,
  `oidc_logout` text DEFAULT NULL,
  `allow_organization_name_in_authentication_api` int(11) DEFAULT NULL,
  `customize_mfa_in_postlogin_action` int(11) DEFAULT NULL,
  `acr_values_supported` text DEFAULT NULL,
  `mtls` text DEFAULT NULL,
  `pushed_authorization_requests_supported` int(11) DEFAULT NULL,
  `authorization_response_iss_parameter_supported` int(11) DEFAULT NULL,
  `mfa` text DEFAULT NULL,
  `attack_protection` text DEFAULT NULL,
  `default_client_id` varchar(255) DEFAULT NULL,
  `deployment_type` varchar(16) NOT NULL DEFAULT 'shared',
  `provisioning_state` varchar(16) NOT NULL DEFAULT 'ready',
  `provisioning_error` varchar(2048) DEFAULT NULL,
  `provisioning_state_changed_at` varchar(35) DEFAULT NULL,
  `bundle_configuration` varchar(64) DEFAULT NULL,
  `worker_version` varchar(64) DEFAULT NULL,
  `worker_script_name` varchar(255) DEFAULT NULL,
  `storage_kind` varchar(32) DEFAULT NULL,
  `d1_database_id` varchar(64) DEFAULT NULL,
  `database_version` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `themes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `themes` (
  `tenant_id` varchar(191) NOT NULL,
  `themeId` varchar(21) NOT NULL,
  `displayName` varchar(255) NOT NULL,
  `colors_primary_button_label` varchar(24) NOT NULL,
  `colors_primary_button` varchar(24) NOT NULL,
  `colors_secondary_button_border` varchar(24) NOT NULL,
  `colors_secondary_button_label` varchar(24) NOT NULL,
  `colors_base_focus_color` varchar(24) NOT NULL,
  `colors_base_hover_color` varchar(24) NOT NULL,
  `colors_body_text` varchar(24) NOT NULL,
  `colors_captcha_widget_theme` varchar(24) NOT NULL,
  `colors_error` varchar(24) NOT NULL,
  `colors_header` varchar(24) NOT NULL,
  `colors_icons` varchar(24) NOT NULL,
  `colors_input_background` varchar(24) NOT NULL,
  `colors_input_border` varchar(24) NOT NULL,
  `colors_input_filled_text` varchar(24) NOT NULL,
  `colors_input_labels_placeholders` varchar(24) NOT NULL,
  `colors_links_focused_components` varchar(24) NOT NULL,
  `colors_success` varchar(24) NOT NULL,
  `colors_widget_background` varchar(24) NOT NULL,
  `colors_widget_border` varchar(24) NOT NULL,
  `borders_button_border_radius` int(11) NOT NULL,
  `borders_button_border_weight` int(11) NOT NULL,
  `borders_buttons_style` varchar(24) NOT NULL,
  `borders_input_border_radius` int(11) NOT NULL,
  `borders_input_border_weight` int(11) NOT NULL,
  `borders_inputs_style` varchar(24) NOT NULL,
  `borders_show_widget_shadow` tinyint(1) NOT NULL,
  `borders_widget_border_weight` int(11) NOT NULL,
  `borders_widget_corner_radius` int(11) NOT NULL,
  `fonts_body_text_bold` int(11) NOT NULL,
  `fonts_body_text_size` int(11) NOT NULL,
  `fonts_buttons_text_bold` int(11) NOT NULL,
  `fonts_buttons_text_size` int(11) NOT NULL,
  `fonts_font_url` varchar(255) NOT NULL,
  `fonts_input_labels_bold` int(11) NOT NULL,
  `fonts_input_labels_size` int(11) NOT NULL,
  `fonts_links_bold` tinyint(1) NOT NULL,
  `fonts_links_size` int(11) NOT NULL,
  `fonts_links_style` varchar(24) NOT NULL,
  `fonts_reference_text_size` int(11) NOT NULL,
  `fonts_subtitle_bold` tinyint(1) NOT NULL,
  `fonts_subtitle_size` int(11) NOT NULL,
  `fonts_title_bold` tinyint(1) NOT NULL,
  `fonts_title_size` int(11) NOT NULL,
  `page_background_background_color` varchar(24) NOT NULL,
  `page_background_background_image_url` varchar(255) NOT NULL,
  `page_background_page_layout` varchar(24) NOT NULL,
  `widget_header_text_alignment` varchar(24) NOT NULL,
  `widget_logo_height` int(11) NOT NULL,
  `widget_logo_position` varchar(24) NOT NULL,
  `widget_logo_url` varchar(255) NOT NULL,
  `widget_social_buttons_layout` varchar(24) NOT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  PRIMARY KEY (`tenant_id`,`themeId`),
  CONSTRAINT `fk_themes_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `universal_login_templates`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `universal_login_templates` (
  `tenant_id` varchar(191) NOT NULL,
  `body` text NOT NULL,
  `updated_at_ts` bigint(20) NOT NULL,
  `created_at_ts` bigint(20) NOT NULL,
  PRIMARY KEY (`tenant_id`),
  CONSTRAINT `fk_universal_login_templates_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `user_activity`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user_activity` (
  `tenant_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `last_login` varchar(35) DEFAULT NULL,
  `last_ip` varchar(45) DEFAULT NULL,
  `login_count` int(11) NOT NULL DEFAULT 0,
  `failed_logins` text DEFAULT NULL,
  `last_password_reset` varchar(35) DEFAULT NULL,
  PRIMARY KEY (`tenant_id`,`user_id`),
  KEY `user_activity_user_id_constraint` (`user_id`,`tenant_id`),
  CONSTRAINT `user_activity_user_id_constraint` FOREIGN KEY (`user_id`, `tenant_id`) REFERENCES `users` (`user_id`, `tenant_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `user_organizations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user_organizations` (
  `id` varchar(256) NOT NULL,
  `tenant_id` varchar(256) NOT NULL,
  `user_id` varchar(256) NOT NULL,
  `organization_id` varchar(256) NOT NULL,
  `created_at` varchar(256) NOT NULL,
  `updated_at` varchar(256) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_user_organizations_unique` (`tenant_id`,`user_id`,`organization_id`),
  KEY `idx_user_organizations_organization_id` (`organization_id`),
  KEY `idx_user_organizations_user_id` (`user_id`),
  CONSTRAINT `fk_user_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_organizations_user` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `user_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `user_permissions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user_permissions` (
  `tenant_id` varchar(191) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `resource_server_identifier` varchar(100) NOT NULL,
  `permission_name` varchar(191) NOT NULL,
  `organization_id` varchar(21) NOT NULL DEFAULT '',
  `created_at` varchar(35) NOT NULL,
  PRIMARY KEY (`tenant_id`,`user_id`,`resource_server_identifier`,`permission_name`,`organization_id`),
  KEY `user_permissions_organization_fk` (`organization_id`),
  KEY `user_permissions_permission_fk` (`tenant_id`,`resource_server_identifier`,`permission_name`),
  KEY `user_permissions_user_fk` (`tenant_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `user_roles`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user_roles` (
  `tenant_id` varchar(191) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `role_id` varchar(21) NOT NULL,
  `organization_id` varchar(191) NOT NULL DEFAULT '',
  `created_at` varchar(35) NOT NULL,
  PRIMARY KEY (`tenant_id`,`user_id`,`role_id`,`organization_id`),
  KEY `user_roles_organization_fk` (`organization_id`),
  KEY `user_roles_role_fk` (`tenant_id`,`role_id`),
  KEY `user_roles_user_fk` (`tenant_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
DROP TABLE IF EXISTS `users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `users` (
  `tenant_id` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `given_name` varchar(255) DEFAULT NULL,
  `family_name` varchar(255) DEFAULT NULL,
  `nickname` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `picture` text DEFAULT NULL,
  `created_at` varchar(35) NOT NULL,
  `updated_at` varchar(35) NOT NULL,
  `linked_to` varchar(255) DEFAULT NULL,
  `provider` varchar(255) NOT NULL,
  `connection` varchar(255) NOT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `is_social` tinyint(1) NOT NULL,
  `app_metadata` text NOT NULL DEFAULT '{}',
  `profileData` text DEFAULT NULL,
  `locale` varchar(64) DEFAULT NULL,
  `user_id` varchar(255) NOT NULL,
  `phone_number` varchar(17) DEFAULT NULL,
  `phone_verified` tinyint(1) DEFAULT NULL,
  `username` varchar(128) DEFAULT NULL,
  `user_metadata` text DEFAULT NULL,
  `middle_name` varchar(100) DEFAULT NULL,
  `profile` text DEFAULT NULL,
  `website` text DEFAULT NULL,
  `gender` varchar(50) DEFAULT NULL,
  `birthdate` varchar(10) DEFAULT NULL,
  `zoneinfo` varchar(100) DEFAULT NULL,
  `preferred_username` varchar(255) DEFAULT NULL,
  `address` text DEFAULT NULL,
  `registration_completed_at` varchar(35) DEFAULT NULL,
  PRIMARY KEY (`tenant_id`,`user_id`),
  UNIQUE KEY `unique_email_provider` (`email`,`provider`,`tenant_id`),
  UNIQUE KEY `unique_username_provider` (`username`,`provider`,`tenant_id`),
  KEY `users_linked_to_index` (`linked_to`),
  KEY `users_name_index` (`name`),
  KEY `users_phone_tenant_provider_index` (`tenant_id`,`phone_number`,`provider`),
  KEY `users_user_id_tenant_id` (`user_id`,`tenant_id`),
  CONSTRAINT `fk_users_tenants` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

