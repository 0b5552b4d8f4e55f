-- Schema version 13 on PostgreSQL: the gate (ARCHITECTURE §7). Desks open a shared workspace with
-- the login of its gate, {key}_gate, not with the owner's: the owner's login is for upgrades (the
-- migrations), and its password stays with the server's administrator. The gate is one of the
-- workspace's people with nobody signed in: the policies show it the offer catalog and what an
-- invitation link opens, and nothing of any partner. To sign someone in, a desk asks the gate which
-- login to try (rights.sign_in_login) and connects with it and the typed password: the server
-- checks the password (SCRAM-SHA-256), not the desk. Failures are counted and lock the account
-- (rights.record_sign_in); a lock is the server's too (the login's VALID UNTIL is in the past until
-- the next sign-in after the lock ends).
--
-- Two-step verification moves to functions of the person themselves (and of the owner's desk):
-- checking a code of the authenticator app (TOTP, RFC 6238, with pgcrypto's HMAC) or a recovery
-- code, setting it up and taking it away. No login reads a secret or a recovery code's hash.
--
-- The gate has no password until the server's administrator gives it one (README, "Set up a
-- server"): ALTER ROLE {key}_gate PASSWORD '…'.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

-- pgcrypto (a trusted extension: the database's owner may add it) in a schema of its own that no
-- login may use: its functions are for the functions below, which run as the owner.
CREATE SCHEMA rights_crypto;
REVOKE ALL ON SCHEMA rights_crypto FROM PUBLIC;
CREATE EXTENSION pgcrypto SCHEMA rights_crypto;

ALTER TABLE rights.workspace ADD COLUMN gate_role TEXT;
UPDATE rights.workspace SET gate_role = '{key}_gate';
CREATE ROLE {key}_gate LOGIN IN ROLE {people};
ALTER ROLE {key}_gate SET idle_in_transaction_session_timeout = '1min';

-- A desk behind the gate compares core's permission matrix with the workspace's when it opens (a
-- newer PartnerDesk waits for the owner to write its own): no secret, readable by every login.
GRANT SELECT ON rights.permission_matrix TO {people};

-- Whether the workspace holds no tenant at all: what a desk's start screen asks before anyone signs
-- in (the gate sees no tenant of its own). Tells nothing more.
CREATE FUNCTION rights.workspace_is_empty() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM public.tenants)
$$;
REVOKE ALL ON FUNCTION rights.workspace_is_empty() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.workspace_is_empty() TO {people};

-- The gate is nobody, but for one thing anyone may do without signing in: add a tenant with its
-- first user, a Global administrator (a new customer accepting an invitation). For the rest of
-- that transaction it acts as that user (rights.act_as, which only the gate and functions may
-- call), and the policies apply as to them; no user of a tenant that was there before.
CREATE FUNCTION rights.gate_new_tenant(p_tenant TEXT) RETURNS BOOLEAN LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    RETURN session_user = (SELECT gate_role FROM rights.workspace)
        AND EXISTS (SELECT 1 FROM public.tenants t JOIN rights.tenants_added a ON a.tenant_id = t.id
                    WHERE t.id = p_tenant AND t.is_program = 0 AND a.xact = pg_current_xact_id());
END
$$;
CREATE FUNCTION rights.gate_first_user(p_tenant TEXT, p_upn TEXT) RETURNS BOOLEAN LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
BEGIN
    RETURN rights.gate_new_tenant(p_tenant)
        AND NOT EXISTS (SELECT 1 FROM public.tenant_users WHERE tenant_id = p_tenant)
        AND EXISTS (SELECT 1 FROM public.tenants t WHERE t.id = p_tenant AND t.domain_prefix ~ '^[a-z0-9]{1,27}$'
                    AND right(p_upn, length(t.domain_prefix) + 17) = '@' || t.domain_prefix || '.onmicrosoft.com');
END
$$;
REVOKE ALL ON FUNCTION rights.gate_new_tenant(TEXT), rights.gate_first_user(TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.gate_new_tenant(TEXT), rights.gate_first_user(TEXT, TEXT) TO {people};
CREATE POLICY gate_added ON public.tenants FOR INSERT TO {key}_gate
    WITH CHECK (is_program = 0 AND domain_prefix ~ '^[a-z0-9]{1,27}$');
CREATE POLICY gate_first_user ON public.tenant_users FOR INSERT TO {key}_gate
    WITH CHECK (rights.gate_first_user(tenant_id, upn) AND directory_role = 'GlobalAdministrator' AND enabled = 1);

CREATE OR REPLACE FUNCTION rights.me() RETURNS TEXT LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    RETURN (SELECT answer FROM (
        SELECT l.user_id FROM rights.logins l JOIN public.tenant_users u ON u.id = l.user_id
        WHERE l.login_name = session_user AND l.disabled_at IS NULL AND u.enabled = 1
        UNION ALL
        SELECT u.id FROM public.tenant_users u
        WHERE session_user = (SELECT owner_role FROM rights.workspace)
        AND u.id = nullif(current_setting('partnerdesk.acting_user', true), '') AND u.enabled = 1
        UNION ALL
        SELECT u.id FROM public.tenant_users u JOIN rights.tenants_added a ON a.tenant_id = u.tenant_id
        WHERE session_user = (SELECT gate_role FROM rights.workspace)
        AND coalesce(current_setting('partnerdesk.acting_user', true), '') <> ''
        AND u.id = current_setting('partnerdesk.acting_user', true) AND u.enabled = 1
        AND a.xact = pg_current_xact_id()
    ) AS body (answer) LIMIT 1);
END
$$;

CREATE OR REPLACE FUNCTION rights.act_as(p_actor TEXT) RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF session_user IN (SELECT owner_role FROM rights.workspace UNION ALL SELECT gate_role FROM rights.workspace) THEN
        PERFORM set_config('partnerdesk.acting_user', coalesce(p_actor, ''), true);
    END IF;
    IF p_actor IS NULL OR rights.me() IS DISTINCT FROM p_actor THEN
        RAISE EXCEPTION 'a step is taken by the person signed in' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;
GRANT EXECUTE ON FUNCTION rights.act_as(TEXT) TO {key}_gate;

-- The login of a new tenant's first user, made by the program administrator or the gate that adds
-- the tenant; otherwise as version 9 says: the owner, the user themselves (when p_self), or whoever
-- manages the user.
CREATE OR REPLACE FUNCTION rights.login_user(p_user TEXT, p_self BOOLEAN) RETURNS public.tenant_users
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    u public.tenant_users%ROWTYPE;
BEGIN
    SELECT * INTO u FROM public.tenant_users WHERE id = p_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user USING ERRCODE = 'no_data_found';
    END IF;
    IF session_user <> (SELECT owner_role FROM rights.workspace)
       AND NOT (p_self AND rights.me() IS NOT DISTINCT FROM p_user)
       AND NOT rights.manages_user(u.tenant_id, u.directory_role)
       AND NOT ((rights.new_tenant(u.tenant_id) OR rights.gate_new_tenant(u.tenant_id))
                AND NOT EXISTS (SELECT 1 FROM rights.logins WHERE user_id = p_user)) THEN
        RAISE EXCEPTION 'permission denied to change the login of user %', p_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN u;
END
$$;

-- A statement inserting several users checks each against its start: at commit, a tenant the
-- program administrator or the gate set up has its one first user.
CREATE OR REPLACE FUNCTION rights.one_first_user() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF (rights.new_tenant(NEW.tenant_id) OR rights.gate_new_tenant(NEW.tenant_id))
       AND (SELECT count(*) FROM public.tenant_users WHERE tenant_id = NEW.tenant_id) > 1 THEN
        PERFORM rights.refuse('a new tenant is added with one first user');
    END IF;
    RETURN NULL;
END
$$;

-- Whether a tenant has the domain prefix (E4), whoever asks: the policies hide others' tenants, and
-- a prefix is the whole server's.
CREATE FUNCTION rights.domain_prefix_taken(p_prefix TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.tenants WHERE domain_prefix = p_prefix)
$$;
REVOKE ALL ON FUNCTION rights.domain_prefix_taken(TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.domain_prefix_taken(TEXT) TO {people};

-- E7 on the person's own login: the email check of a partner account that is waiting for it, by
-- its Admin agents, through two functions; no login reads or writes a code's hash, its expiry or
-- its count of wrong codes itself. While a function writes them, the partner's row in
-- rights.partner_steps lets the guard of partner_accounts through, for that transaction's statement
-- alone (the row is gone when the function returns).
CREATE TABLE rights.partner_steps (
    partner_id TEXT PRIMARY KEY,
    xact xid8 NOT NULL);

CREATE OR REPLACE FUNCTION rights.guard_partner_account() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
DECLARE
    decision TEXT[] := ARRAY['status', 'vetting_status', 'rejection_reason', 'updated_at', 'verification_code_hash',
                             'verification_expires_at', 'verification_failures'];
BEGIN
    IF session_user = (SELECT owner_role FROM rights.workspace)
       OR EXISTS (SELECT 1 FROM rights.partner_steps WHERE partner_id = OLD.id AND xact = pg_current_xact_id()) THEN
        RETURN NEW;
    END IF;
    IF NOT rights.is_program()
       AND (NEW.status IS DISTINCT FROM OLD.status OR NEW.vetting_status IS DISTINCT FROM OLD.vetting_status
            OR NEW.rejection_reason IS DISTINCT FROM OLD.rejection_reason
            OR NEW.verification_code_hash IS DISTINCT FROM OLD.verification_code_hash
            OR NEW.verification_expires_at IS DISTINCT FROM OLD.verification_expires_at
            OR NEW.verification_failures IS DISTINCT FROM OLD.verification_failures) THEN
        RAISE EXCEPTION 'only the program administrator changes a partner account''s status'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF rights.is_program() AND OLD.id IS DISTINCT FROM rights.my_partner()
       AND to_jsonb(NEW) - decision IS DISTINCT FROM to_jsonb(OLD) - decision THEN
        RAISE EXCEPTION 'the program administrator decides another partner''s enrollment, nothing else'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- The partner account of p_actor (the person signed in) that waits for its email check, locked,
-- if p_actor is one of its Admin agents; refused otherwise.
CREATE FUNCTION rights.pending_verification(p_actor TEXT, p_at TEXT) RETURNS public.partner_accounts
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    p public.partner_accounts%ROWTYPE;
BEGIN
    PERFORM rights.act_as(p_actor);
    PERFORM rights.check_at(p_at);
    SELECT * INTO p FROM public.partner_accounts WHERE id = rights.my_partner() FOR UPDATE;
    IF p.id IS NULL OR p.status <> 'PendingEmailVerification' OR NOT rights.allows('VerifyEnrollmentEmail') THEN
        PERFORM rights.refuse('only an Admin agent of a partner account waiting for its email check handles its code');
    END IF;
    RETURN p;
END
$$;

-- E7: a new code for p_actor's partner account, sent to its primary contact by the desk: its hash
-- (EnrollmentService::codeHash) and its expiry, seven days from p_at (CodeValidityDays); the count
-- of wrong codes starts again.
CREATE FUNCTION rights.new_verification_code(p_actor TEXT, p_hash TEXT, p_expires TEXT, p_at TEXT) RETURNS VOID
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    p public.partner_accounts := rights.pending_verification(p_actor, p_at);
BEGIN
    IF p_hash IS NULL OR p_expires IS NULL OR p_hash !~ '^[0-9a-f]{64}$' OR p_expires::timestamptz <= p_at::timestamptz
       OR p_expires::timestamptz > p_at::timestamptz + interval '7 days' THEN
        RAISE EXCEPTION 'a code is a SHA-256 hash that expires within seven days' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO rights.partner_steps (partner_id, xact) VALUES (p.id, pg_current_xact_id());
    UPDATE public.partner_accounts SET verification_code_hash = p_hash, verification_expires_at = p_expires,
        verification_failures = 0 WHERE id = p.id;
    DELETE FROM rights.partner_steps WHERE partner_id = p.id;
END
$$;

-- E7: p_actor enters a code, whose hash is p_hash, at p_at, with the count of wrong codes after it.
-- 'Locked' after five wrong codes (MaxCodeFailures) until a new code is sent, 'Expired', 'Wrong'
-- (counted), or 'Verified': the
-- account moves to UnderReview for business verification, and the change is recorded as core's
-- EnrollmentService::recordStatus records it (its history, its audit event, and the message
-- p_subject / p_body to its primary contact, as message p_message).
CREATE FUNCTION rights.check_verification_code(p_actor TEXT, p_hash TEXT, p_at TEXT, p_message TEXT,
                                               p_subject TEXT, p_body TEXT)
RETURNS TABLE (outcome TEXT, failures INTEGER)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    p public.partner_accounts := rights.pending_verification(p_actor, p_at);
BEGIN
    failures := p.verification_failures;
    IF p.verification_failures >= 5 THEN
        outcome := 'Locked';
        RETURN NEXT;
        RETURN;
    END IF;
    IF p.verification_expires_at IS NULL OR p.verification_expires_at::timestamptz < p_at::timestamptz THEN
        outcome := 'Expired';
        RETURN NEXT;
        RETURN;
    END IF;
    INSERT INTO rights.partner_steps (partner_id, xact) VALUES (p.id, pg_current_xact_id());
    IF p.verification_code_hash IS DISTINCT FROM p_hash THEN
        failures := p.verification_failures + 1;
        UPDATE public.partner_accounts SET verification_failures = failures WHERE id = p.id;
        outcome := 'Wrong';
    ELSE
        UPDATE public.partner_accounts SET status = 'UnderReview', vetting_status = 'BusinessVerification',
            rejection_reason = NULL, verification_code_hash = NULL, verification_expires_at = NULL,
            verification_failures = 0, updated_at = p_at WHERE id = p.id;
        INSERT INTO public.partner_status_history (partner_account_id, from_status, to_status, reason, actor_user_id, at)
        VALUES (p.id, 'PendingEmailVerification', 'UnderReview', NULL, rights.me(), p_at);
        PERFORM rights.audit(p_at, p.id, 'partner.statusChanged', 'PartnerAccount', p.id,
                             jsonb_build_object('from', 'PendingEmailVerification', 'to', 'UnderReview'));
        INSERT INTO public.outbox_messages (id, recipient, subject, body, kind, related_type, related_id,
                                            partner_account_id, created_at)
        VALUES (p_message, p.contact_email, p_subject, p_body, 'enrollment.statusChanged', 'PartnerAccount', p.id,
                p.id, p_at);
        outcome := 'Verified';
        failures := 0;
    END IF;
    DELETE FROM rights.partner_steps WHERE partner_id = p.id;
    RETURN NEXT;
END
$$;
REVOKE ALL ON FUNCTION rights.pending_verification(TEXT, TEXT),
    rights.new_verification_code(TEXT, TEXT, TEXT, TEXT),
    rights.check_verification_code(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.new_verification_code(TEXT, TEXT, TEXT, TEXT),
    rights.check_verification_code(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) TO {people};

-- A login's comment named its person's user name: every login of the server can read comments of
-- roles, so it told anyone signed in anywhere who the workspace's people are (V1). Gone, and
-- rights.set_login writes none.
DO $$
DECLARE
    l RECORD;
BEGIN
    FOR l IN SELECT login_name FROM rights.logins LOOP
        EXECUTE format('COMMENT ON ROLE %I IS NULL', l.login_name);
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION rights.set_login(p_user TEXT, p_verifier TEXT) RETURNS TEXT LANGUAGE plpgsql VOLATILE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    u public.tenant_users%ROWTYPE := rights.login_user(p_user, true);
    login TEXT := rights.login_name(p_user);
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a login''s password is given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM rights.logins WHERE user_id = p_user) THEN
        IF session_user <> (SELECT owner_role FROM rights.workspace) AND rights.me() IS DISTINCT FROM p_user
           AND NOT rights.administers_tenant(u.tenant_id) THEN
            RAISE EXCEPTION 'permission denied to change the password of user %', p_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('ALTER ROLE %I WITH PASSWORD %L', login, p_verifier);
        RETURN login;
    END IF;
    -- A login not in rights.logins is another's: refused, not taken over.
    EXECUTE format('CREATE ROLE %I WITH %s PASSWORD %L IN ROLE %I', login,
                   CASE WHEN u.enabled = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END, p_verifier,
                   (SELECT people_role FROM rights.workspace));
    -- Whatever a session leaves open in a transaction, the server ends.
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', login, '5min');
    INSERT INTO rights.logins (login_name, user_id, disabled_at)
    VALUES (login, p_user, CASE WHEN u.enabled = 1 THEN NULL ELSE now() END);
    RETURN login;
END
$$;

-- Until when the server refuses a login's password (its VALID UNTIL is in the past meanwhile), by
-- the server's clock: a lock of the account is the login's too.
ALTER TABLE rights.logins ADD COLUMN locked_until TIMESTAMPTZ;

-- The login a desk tries for a user name, and until when the user is locked (NULL: not locked, or
-- no such user). A name no user has gets a login no role has, and the server answers for it as for
-- a wrong password (the names of the server's roles are no secret to its logins, so whether a
-- name has a login is not either). A login whose lock has ended takes its password again.
CREATE FUNCTION rights.sign_in_login(p_upn TEXT) RETURNS TABLE (login_name TEXT, locked_until TEXT)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    u public.tenant_users%ROWTYPE;
    l rights.logins%ROWTYPE;
BEGIN
    SELECT * INTO u FROM public.tenant_users WHERE upn = lower(btrim(p_upn));
    IF NOT FOUND THEN
        RETURN QUERY SELECT w.workspace_key || '_' || md5('no user ' || lower(btrim(p_upn))), NULL::TEXT
                     FROM rights.workspace w;
        RETURN;
    END IF;
    SELECT * INTO l FROM rights.logins WHERE user_id = u.id;
    -- The lock has ended, or someone lifted the account's (an administrator's reset, the owner).
    IF l.locked_until <= now() OR (l.locked_until IS NOT NULL AND u.locked_until IS NULL) THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', l.login_name, 'infinity');
        UPDATE rights.logins SET locked_until = NULL WHERE user_id = u.id;
    END IF;
    RETURN QUERY SELECT rights.login_name(u.id), u.locked_until;
END
$$;

-- How many failed sign-ins in a row lock an account, and for how long: the workspace's, which its
-- owner may change (DirectoryService's defaults), not a caller's.
ALTER TABLE rights.workspace
    ADD COLUMN max_failed_sign_ins INTEGER NOT NULL DEFAULT 5 CHECK (max_failed_sign_ins BETWEEN 1 AND 100),
    ADD COLUMN lockout_minutes INTEGER NOT NULL DEFAULT 15 CHECK (lockout_minutes BETWEEN 1 AND 1440);

-- A sign-in of user name p_upn ended at p_at: when it succeeded, on the person's own connection,
-- their count of failures starts again; when it failed (a wrong password, a wrong second factor),
-- one more is counted, and the last the workspace allows locks the account: its lock is returned,
-- and until it ends the server refuses the login's password too. A lock that has run out starts
-- the count again; a failure while the account is locked counts nothing and returns the lock.
-- Nothing happens for a name no user has.
CREATE FUNCTION rights.record_sign_in(p_upn TEXT, p_succeeded BOOLEAN, p_at TEXT)
RETURNS TEXT LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    w rights.workspace%ROWTYPE;
    u public.tenant_users%ROWTYPE;
    failures INTEGER;
    locked TEXT;
    login TEXT;
BEGIN
    PERFORM rights.check_at(p_at);
    SELECT * INTO w FROM rights.workspace;
    SELECT * INTO u FROM public.tenant_users WHERE upn = lower(btrim(p_upn)) FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT l.login_name INTO login FROM rights.logins l WHERE l.user_id = u.id;
    IF p_succeeded THEN
        IF session_user <> w.owner_role AND rights.me() IS DISTINCT FROM u.id THEN
            RAISE EXCEPTION 'a sign-in succeeds on the person''s own login' USING ERRCODE = 'insufficient_privilege';
        END IF;
        UPDATE public.tenant_users SET failed_sign_ins = 0, locked_until = NULL WHERE id = u.id;
        UPDATE rights.logins SET locked_until = NULL WHERE login_name = login AND locked_until IS NOT NULL;
        IF FOUND THEN
            EXECUTE format('ALTER ROLE %I VALID UNTIL %L', login, 'infinity');
        END IF;
        RETURN NULL;
    END IF;
    -- While locked, by the desk's clock or by the server's (a caller's p_at may be minutes off).
    IF u.locked_until::timestamptz > p_at::timestamptz
       OR EXISTS (SELECT 1 FROM rights.logins WHERE login_name = login AND locked_until > now()) THEN
        RETURN u.locked_until;
    END IF;
    failures := CASE WHEN u.locked_until IS NULL THEN u.failed_sign_ins ELSE 0 END + 1;
    IF failures >= w.max_failed_sign_ins THEN
        locked := to_char((p_at::timestamptz + make_interval(mins => w.lockout_minutes)) AT TIME ZONE 'UTC',
                          'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        UPDATE public.tenant_users SET failed_sign_ins = 0, locked_until = locked WHERE id = u.id;
        IF login IS NOT NULL THEN
            UPDATE rights.logins SET locked_until = now() + make_interval(mins => w.lockout_minutes)
            WHERE login_name = login;
            EXECUTE format('ALTER ROLE %I VALID UNTIL %L', login, '-infinity');
        END IF;
        RETURN locked;
    END IF;
    UPDATE public.tenant_users SET failed_sign_ins = failures, locked_until = NULL WHERE id = u.id;
    RETURN NULL;
END
$$;

-- Two-step verification, of p_user: the person themselves, or anyone on the owner's desk.
CREATE FUNCTION rights.second_factor_user(p_user TEXT) RETURNS VOID LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF session_user <> (SELECT owner_role FROM rights.workspace) AND (p_user IS NULL OR rights.me() IS DISTINCT FROM p_user) THEN
        RAISE EXCEPTION 'a person''s second factor is theirs' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- The bytes of a base32 text (RFC 4648, no padding), as Totp::fromBase32 reads the stored secret.
CREATE FUNCTION rights.base32_bytes(p_text TEXT) RETURNS BYTEA LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    alphabet CONSTANT TEXT := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    bits BIGINT := 0;
    held INTEGER := 0;
    answer BYTEA := '\x'::BYTEA;
    c TEXT;
    value INTEGER;
BEGIN
    FOREACH c IN ARRAY string_to_array(upper(regexp_replace(coalesce(p_text, ''), '\s', '', 'g')), NULL) LOOP
        value := strpos(alphabet, c) - 1;
        IF value < 0 THEN
            RETURN NULL;
        END IF;
        bits := ((bits << 5) | value) & 65535;
        held := held + 5;
        IF held >= 8 THEN
            answer := answer || set_byte('\x00'::BYTEA, 0, ((bits >> (held - 8)) & 255)::INTEGER);
            held := held - 8;
        END IF;
    END LOOP;
    RETURN CASE WHEN answer = '\x'::BYTEA THEN NULL ELSE answer END;
END
$$;

-- The six digits of an authenticator app at step p_step for p_secret (RFC 4226 with HMAC-SHA-1).
CREATE FUNCTION rights.totp_code(p_secret BYTEA, p_step BIGINT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE
SET search_path = rights, public, pg_temp AS $$
DECLARE
    mac BYTEA := rights_crypto.hmac(int8send(p_step), p_secret, 'sha1');
    start INTEGER := get_byte(mac, 19) & 15;
BEGIN
    RETURN lpad(((((get_byte(mac, start) & 127)::BIGINT << 24) | (get_byte(mac, start + 1) << 16)
                  | (get_byte(mac, start + 2) << 8) | get_byte(mac, start + 3)) % 1000000)::TEXT, 6, '0');
END
$$;

-- p_user's code p_code (six digits) at p_at, one step either side (Totp::Window): 'Accepted', and
-- its step becomes the last one used; 'Reused' for a step used already; 'Wrong' otherwise, or when
-- the user has no second factor.
CREATE FUNCTION rights.check_second_factor(p_user TEXT, p_code TEXT, p_at TEXT) RETURNS TEXT LANGUAGE plpgsql
VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    m public.user_mfa%ROWTYPE;
    code TEXT := regexp_replace(coalesce(p_code, ''), '[\s-]', '', 'g');
    secret BYTEA;
    now_step BIGINT;
    step BIGINT;
BEGIN
    PERFORM rights.second_factor_user(p_user);
    PERFORM rights.check_at(p_at);
    SELECT * INTO m FROM public.user_mfa WHERE user_id = p_user FOR UPDATE;
    IF NOT FOUND OR code !~ '^\d{6}$' THEN
        RETURN 'Wrong';
    END IF;
    secret := rights.base32_bytes(m.secret);
    now_step := floor(extract(epoch FROM p_at::timestamptz) / 30);
    FOR offset_steps IN -1 .. 1 LOOP
        step := now_step + offset_steps;
        IF secret IS NOT NULL AND rights.totp_code(secret, step) = code THEN
            IF step <= m.last_used_step THEN
                RETURN 'Reused';
            END IF;
            UPDATE public.user_mfa SET last_used_step = step WHERE user_id = p_user;
            RETURN 'Accepted';
        END IF;
    END LOOP;
    RETURN 'Wrong';
END
$$;

-- Uses p_user's unused recovery code p_code (as RecoveryCodes::normalized gives it) at p_at: the
-- codes left after it, or NULL when no unused code is p_code.
CREATE FUNCTION rights.use_recovery_code(p_user TEXT, p_code TEXT, p_at TEXT) RETURNS INTEGER LANGUAGE plpgsql
VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    salt TEXT;
BEGIN
    PERFORM rights.second_factor_user(p_user);
    PERFORM rights.check_at(p_at);
    SELECT recovery_salt INTO salt FROM public.user_mfa WHERE user_id = p_user FOR UPDATE;
    UPDATE public.mfa_recovery_codes SET used_at = p_at
    WHERE user_id = p_user AND used_at IS NULL
    AND code_hash = encode(sha256(convert_to(salt || ':' || p_code, 'UTF8')), 'hex');
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT count(*) FROM public.mfa_recovery_codes WHERE user_id = p_user AND used_at IS NULL);
END
$$;

-- p_user sets up their second factor at p_at: the secret in base32, the salt of the recovery codes
-- and their hashes, and the step of the code that confirmed it (which can't sign in). Core checked
-- that code against the secret it made. It never replaces theirs: a person's login needs only the
-- password, which alone never replaces a second factor; another Admin agent takes it away first
-- (or the owner's desk replaces it).
CREATE FUNCTION rights.set_second_factor(p_user TEXT, p_secret TEXT, p_salt TEXT, p_code_hashes TEXT[],
                                         p_step BIGINT, p_at TEXT) RETURNS VOID LANGUAGE plpgsql VOLATILE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
BEGIN
    PERFORM rights.second_factor_user(p_user);
    PERFORM rights.check_at(p_at);
    IF session_user <> (SELECT owner_role FROM rights.workspace)
       AND EXISTS (SELECT 1 FROM public.user_mfa WHERE user_id = p_user) THEN
        RAISE EXCEPTION 'a person''s login never replaces their second factor: another Admin agent takes it away first'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(rights.base32_bytes(p_secret)) IS DISTINCT FROM 20 OR p_salt !~ '^[0-9a-f]{32}$'
       OR cardinality(p_code_hashes) IS DISTINCT FROM 10
       OR EXISTS (SELECT 1 FROM unnest(p_code_hashes) h WHERE h !~ '^[0-9a-f]{64}$') THEN
        RAISE EXCEPTION 'a second factor is a 160-bit secret with ten recovery codes'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM public.mfa_recovery_codes WHERE user_id = p_user;
    DELETE FROM public.user_mfa WHERE user_id = p_user;
    INSERT INTO public.user_mfa (user_id, secret, recovery_salt, enrolled_at, last_used_step)
    VALUES (p_user, p_secret, p_salt, p_at, p_step);
    INSERT INTO public.mfa_recovery_codes (user_id, code_hash) SELECT p_user, h FROM unnest(p_code_hashes) h;
END
$$;

-- Takes p_user's second factor away: an Admin agent who manages two-step verification, for another
-- user of their own tenant (or the owner's desk). True when there was one.
CREATE FUNCTION rights.take_away_second_factor(p_user TEXT) RETURNS BOOLEAN LANGUAGE plpgsql VOLATILE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF session_user <> (SELECT owner_role FROM rights.workspace)
       AND NOT (rights.allows('ManageTwoStepVerification') AND p_user IS DISTINCT FROM rights.me()
                AND EXISTS (SELECT 1 FROM public.tenant_users WHERE id = p_user AND tenant_id = rights.my_tenant())) THEN
        RAISE EXCEPTION 'permission denied to take away the second factor of user %', p_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM public.mfa_recovery_codes WHERE user_id = p_user;
    DELETE FROM public.user_mfa WHERE user_id = p_user;
    RETURN FOUND;
END
$$;

REVOKE ALL ON FUNCTION rights.sign_in_login(TEXT), rights.record_sign_in(TEXT, BOOLEAN, TEXT),
    rights.second_factor_user(TEXT), rights.base32_bytes(TEXT), rights.totp_code(BYTEA, BIGINT),
    rights.check_second_factor(TEXT, TEXT, TEXT), rights.use_recovery_code(TEXT, TEXT, TEXT),
    rights.set_second_factor(TEXT, TEXT, TEXT, TEXT[], BIGINT, TEXT), rights.take_away_second_factor(TEXT)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.sign_in_login(TEXT), rights.record_sign_in(TEXT, BOOLEAN, TEXT),
    rights.check_second_factor(TEXT, TEXT, TEXT), rights.use_recovery_code(TEXT, TEXT, TEXT),
    rights.set_second_factor(TEXT, TEXT, TEXT, TEXT[], BIGINT, TEXT), rights.take_away_second_factor(TEXT)
    TO {people};
