-- Factotum schema, version 1: accounts and roles, audit log, settings, partner organisations.
-- One script for H2 (MODE=LEGACY) and MySQL/MariaDB: portable types only, names in snake_case,
-- no reserved words. Instants are stored as UTC DATETIME(6).

CREATE TABLE account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    display_name       VARCHAR(120) NOT NULL,
    password_hash      VARCHAR(255),
    preferred_language VARCHAR(8)   NOT NULL,
    active             BOOLEAN      NOT NULL,
    failed_logins      INT          NOT NULL,
    locked_until       DATETIME(6),
    last_login_at      DATETIME(6),
    created_at         DATETIME(6)  NOT NULL,
    row_version        BIGINT       NOT NULL,
    CONSTRAINT uq_account_email UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role_name  VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    action_name VARCHAR(60)  NOT NULL,
    record_type VARCHAR(60)  NOT NULL,
    record_id   VARCHAR(60),
    detail      VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_record ON audit_entry (record_type, record_id);

CREATE TABLE app_setting (
    setting_name  VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(254)  NOT NULL,
    row_version   BIGINT        NOT NULL
);

CREATE TABLE partner_organisation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    city           VARCHAR(100),
    website        VARCHAR(300),
    description_it VARCHAR(1000),
    description_en VARCHAR(1000),
    active         BOOLEAN       NOT NULL,
    row_version    BIGINT        NOT NULL,
    CONSTRAINT uq_partner_organisation_code UNIQUE (code)
);
