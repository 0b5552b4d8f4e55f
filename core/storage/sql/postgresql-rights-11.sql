-- Schema version 11 on PostgreSQL: the desks work with each person's own login (ARCHITECTURE §7).
-- Until version 10 a desk did everything on the owner's login and the policies bound only a
-- person's psql; now what a person does at their desk runs on their login too, and these are the
-- grants and policies that versions 9 and 10 lacked for it. Each names the step of core it serves.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

-- P2, C1: recording an invitation again with new text, while it is Pending, by those who may send
-- it. UPDATE policies add up (a row may pass one's USING and another's WITH CHECK), so each says
-- all of what it allows: a revocation revokes, a new text keeps the invitation Pending and of a
-- kind one may send.
GRANT UPDATE (recipient_email, language, subject, message) ON public.invitations TO {people};
CREATE POLICY rewritten ON public.invitations FOR UPDATE TO {people}
    USING (inviting_partner_id = rights.my_partner() AND status = 'Pending'
           AND CASE kind WHEN 'ResellerOfProvider' THEN rights.allows('InviteResellers')
                         ELSE rights.allows('InviteCustomers') END)
    WITH CHECK (inviting_partner_id = rights.my_partner() AND status = 'Pending' AND revoked_at IS NULL
                AND CASE kind WHEN 'ResellerOfProvider' THEN rights.allows('InviteResellers')
                              ELSE rights.allows('InviteCustomers') END);
ALTER POLICY revoked ON public.invitations WITH CHECK (status = 'Revoked' AND revoked_at IS NOT NULL);

-- A revocation revokes, at the time it happens, and changes nothing else (the text columns above
-- are a rewrite's, which keeps the invitation Pending).
CREATE FUNCTION rights.guard_invitation() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF session_user = (SELECT owner_role FROM rights.workspace) THEN
        RETURN NEW;
    END IF;
    IF NEW.status = 'Revoked' AND OLD.status IS DISTINCT FROM 'Revoked' THEN
        IF (NEW.recipient_email, NEW.language, NEW.subject, NEW.message)
           IS DISTINCT FROM (OLD.recipient_email, OLD.language, OLD.subject, OLD.message) THEN
            PERFORM rights.refuse('a revocation changes nothing else of an invitation');
        END IF;
        PERFORM rights.check_at(NEW.revoked_at);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER invitations_guard BEFORE UPDATE ON public.invitations
FOR EACH ROW EXECUTE FUNCTION rights.guard_invitation();

-- A step between two partners is in both partners' logs (Workspace::auditFor): a person writes, as
-- themselves, the event of a step they just took in the log of the other partner of its record.
-- C5: the reseller's request raised by its requester, and declined by whoever declined it, while
-- the two work together; C8: a lead passed on by its referrer while they do, and the lead's own
-- partner working on it afterwards (also once the relationship ended, as the lead stays its own).
CREATE FUNCTION rights.shared_subject(p_partner TEXT, p_subject_type TEXT, p_subject TEXT, p_action TEXT)
RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT CASE
        WHEN p_subject_type = 'OrderRequest' AND p_action = 'orderRequest.raised' THEN
            rights.partnered(p_partner) AND rights.allows('RequestOrders')
            AND EXISTS (SELECT 1 FROM public.order_requests r WHERE r.id = p_subject
                        AND r.reseller_account_id = rights.my_partner() AND r.provider_account_id = p_partner
                        AND r.requested_by_user_id = rights.me())
        WHEN p_subject_type = 'OrderRequest' AND p_action = 'orderRequest.declined' THEN
            rights.partnered(p_partner) AND rights.allows('HandleOrderRequests')
            AND EXISTS (SELECT 1 FROM public.order_requests r WHERE r.id = p_subject
                        AND r.provider_account_id = rights.my_partner() AND r.reseller_account_id = p_partner
                        AND r.status = 'Declined' AND r.decided_by_user_id = rights.me())
        WHEN p_subject_type = 'Referral' AND p_action = 'referral.referred' THEN
            rights.partnered(p_partner) AND rights.allows('ManageReferrals')
            AND EXISTS (SELECT 1 FROM public.referrals f WHERE f.id = p_subject
                        AND f.referred_by_account_id = rights.my_partner() AND f.partner_account_id = p_partner)
        WHEN p_subject_type = 'Referral' AND p_action IN ('referral.statusChanged', 'referral.invited') THEN
            rights.allows('ManageReferrals')
            AND EXISTS (SELECT 1 FROM public.referrals f WHERE f.id = p_subject
                        AND f.partner_account_id = rights.my_partner() AND f.referred_by_account_id = p_partner)
        ELSE false END
$$;
CREATE POLICY written_between ON public.audit_events FOR INSERT TO {people}
    WITH CHECK (actor_user_id = rights.me()
                AND rights.shared_subject(partner_account_id, subject_type, subject_id, action));

-- The names of the people a person's lists show beside what they did (who sent an invitation,
-- decided an order request, ended a relationship, wrote an audit event): of one's own tenant, of a
-- partner one works or worked with, of a partner serving one's company, of a customer one serves;
-- everyone's, for the program administrator. Only the name: a user's sign-in name and state stay
-- their tenant's. The same view on a SQLite file has
-- every user's (Schema version 11).
CREATE FUNCTION rights.sees_person(p_tenant TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT session_user = (SELECT owner_role FROM rights.workspace) OR p_tenant = rights.my_tenant()
        OR rights.is_program() OR rights.serves_tenant(p_tenant)
        OR EXISTS (SELECT 1 FROM public.partner_accounts p WHERE p.tenant_id = p_tenant
                   AND (EXISTS (SELECT 1 FROM public.indirect_relationships r
                                WHERE (r.provider_account_id = p.id AND r.reseller_account_id = rights.my_partner())
                                   OR (r.reseller_account_id = p.id AND r.provider_account_id = rights.my_partner()))
                        OR EXISTS (SELECT 1 FROM public.customer_relationships c
                                   WHERE c.partner_account_id = p.id AND c.customer_id = rights.my_customer())))
$$;
CREATE VIEW public.people_names WITH (security_barrier) AS
    SELECT u.id, u.tenant_id, u.display_name FROM public.tenant_users u WHERE rights.sees_person(u.tenant_id);
GRANT SELECT ON public.people_names TO {people};

-- U1: an Admin agent removes a user of their partner, themselves included: the user's roles go,
-- the user and their login are disabled, in one statement (statement by statement, a person
-- removing themselves would lose the right to finish after the first). The step's audit event is
-- written before, while the actor is still signed in, in the same transaction: without it the
-- removal is refused.
CREATE FUNCTION rights.remove_user(p_actor TEXT, p_user TEXT) RETURNS VOID LANGUAGE plpgsql VOLATILE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    u public.tenant_users%ROWTYPE;
    partner TEXT;
    login TEXT;
BEGIN
    PERFORM rights.act_as(p_actor);
    partner := rights.my_partner();
    -- One removal of a partner's users at a time, whoever takes it (a desk holds the writers' lock
    -- already; psql doesn't): the last Admin agent can't go in two at once.
    PERFORM 1 FROM public.partner_accounts WHERE id = partner FOR UPDATE;
    SELECT * INTO u FROM public.tenant_users WHERE id = p_user;
    IF NOT FOUND OR partner IS NULL OR u.tenant_id IS DISTINCT FROM rights.my_tenant()
       OR NOT rights.allows('ManageUsers') THEN
        PERFORM rights.refuse('an Admin agent removes users of their own organization');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.partner_roles r JOIN public.tenant_users o ON o.id = r.user_id
                   WHERE r.partner_account_id = partner AND r.role = 'AdminAgent' AND o.enabled = 1
                   AND o.id <> p_user) THEN
        PERFORM rights.refuse('the last Admin agent of a partner stays');
    END IF;
    IF u.directory_role = 'GlobalAdministrator' AND NOT EXISTS (
           SELECT 1 FROM public.tenant_users o WHERE o.tenant_id = u.tenant_id
           AND o.directory_role = 'GlobalAdministrator' AND o.enabled = 1 AND o.id <> p_user) THEN
        PERFORM rights.refuse('the last Global administrator of a tenant stays');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.audit_events e WHERE e.subject_type = 'TenantUser'
                   AND e.subject_id = p_user AND e.action = 'user.removed' AND e.actor_user_id = p_actor
                   AND e.partner_account_id = partner AND e.xmin = pg_current_xact_id()::xid) THEN
        PERFORM rights.refuse('a user''s removal is audited in its own transaction first');
    END IF;
    DELETE FROM public.partner_roles WHERE partner_account_id = partner AND user_id = p_user;
    UPDATE public.tenant_users SET enabled = 0 WHERE id = p_user;
    SELECT login_name INTO login FROM rights.logins WHERE user_id = p_user;
    IF FOUND THEN
        EXECUTE format('ALTER ROLE %I WITH NOLOGIN', login);
        UPDATE rights.logins SET disabled_at = now() WHERE user_id = p_user;
    END IF;
END
$$;
REVOKE ALL ON FUNCTION rights.remove_user(TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.remove_user(TEXT, TEXT) TO {people};

-- Whether p_partner serves p_customer (NULL without an Active relationship, otherwise whether with
-- delegated admin), for a person of that partner, of the customer, or of a partner theirs works with
-- (C5, S12: a provider is told that its reseller's customer is not yet its own, without reading the
-- customer). The owner's desk asks freely.
CREATE FUNCTION rights.delegated_admin(p_customer TEXT, p_partner TEXT) RETURNS INTEGER LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT r.delegated_admin FROM public.customer_relationships r
    WHERE r.customer_id = p_customer AND r.partner_account_id = p_partner AND r.status = 'Active'
    AND (session_user = (SELECT owner_role FROM rights.workspace) OR p_partner = rights.my_partner()
         OR p_customer = rights.my_customer() OR rights.partnered(p_partner))
$$;
REVOKE ALL ON FUNCTION rights.delegated_admin(TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.delegated_admin(TEXT, TEXT) TO {people};

-- Who the invitation a link opens is from, for whoever holds the link, before accepting it: the
-- inviting partner, the provider it names, and whether the two still work together (C1, P6). A
-- customer-to-be reads neither partner otherwise (InvitationStore::partiesOf).
CREATE FUNCTION rights.invitation_parties(p_token TEXT)
RETURNS TABLE (partner_account_id TEXT, partner_name TEXT, partner_id TEXT, partner_status TEXT,
               partner_country TEXT, provider_account_id TEXT, provider_name TEXT, provider_partner_id TEXT,
               provider_status TEXT, provider_works_with_partner BOOLEAN)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT p.id, p.legal_name, p.partner_id, p.status, coalesce(t.country, p.country), pp.id, pp.legal_name,
           pp.partner_id, pp.status,
           EXISTS (SELECT 1 FROM public.indirect_relationships r
                   WHERE r.provider_account_id = i.provider_account_id
                   AND r.reseller_account_id = i.inviting_partner_id AND r.status = 'Active')
    FROM public.invitations i JOIN public.partner_accounts p ON p.id = i.inviting_partner_id
    LEFT JOIN public.tenants t ON t.id = p.tenant_id
    LEFT JOIN public.partner_accounts pp ON pp.id = i.provider_account_id
    WHERE i.token_hash = encode(sha256(convert_to(p_token, 'UTF8')), 'hex')
$$;
REVOKE ALL ON FUNCTION rights.invitation_parties(TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.invitation_parties(TEXT) TO {people};

-- E7, E8: an application's verification code is the workspace's own (its steps run on the desk's
-- connection, as signing in does); no person changes it, but the program administrator's decision
-- ends it (EnrollmentStore::setStatus).
CREATE OR REPLACE FUNCTION rights.guard_partner_account() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
DECLARE
    decision TEXT[] := ARRAY['status', 'vetting_status', 'rejection_reason', 'updated_at', 'verification_code_hash',
                             'verification_expires_at', 'verification_failures'];
BEGIN
    IF session_user = (SELECT owner_role FROM rights.workspace) THEN
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

-- The program administrator's decision ends a pending verification (EnrollmentStore::setStatus).
GRANT UPDATE (verification_code_hash, verification_expires_at, verification_failures)
    ON public.partner_accounts TO {people};

-- E2, E3: the MPN profiles of one's own Partner Membership Center account (Account settings lists
-- them, and its Admin agent links another as the Partner ID), and which partner a profile one sees
-- is linked to (a view, as on a SQLite file: Schema version 11).
CREATE FUNCTION rights.my_pmc_account() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT m.pmc_account_id FROM public.mpn_profiles m JOIN public.partner_accounts p ON p.partner_id = m.partner_id
    WHERE p.id = rights.my_partner()
$$;
CREATE POLICY own_pmc ON public.mpn_profiles FOR SELECT TO {people}
    USING (pmc_account_id = rights.my_pmc_account());
CREATE FUNCTION rights.sees_mpn_link(p_account TEXT, p_partner_id TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT session_user = (SELECT owner_role FROM rights.workspace) OR rights.is_program()
        OR rights.sees_partner(p_account)
        OR EXISTS (SELECT 1 FROM public.mpn_profiles m WHERE m.partner_id = p_partner_id
                   AND m.pmc_account_id = rights.my_pmc_account())
$$;
CREATE VIEW public.mpn_profile_links WITH (security_barrier) AS
    SELECT p.partner_id, p.id AS account_id, p.legal_name FROM public.partner_accounts p
    WHERE rights.sees_mpn_link(p.id, p.partner_id);
GRANT SELECT ON public.mpn_profile_links TO {people};

-- E2, E3: an Admin agent links another Active profile of the same PMC account, in the tenant's
-- country and linked to no other partner.
CREATE FUNCTION rights.change_partner_id(p_actor TEXT, p_partner_id TEXT, p_at TEXT) RETURNS VOID LANGUAGE plpgsql
VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    m public.mpn_profiles%ROWTYPE;
BEGIN
    PERFORM rights.act_as(p_actor);
    PERFORM rights.check_at(p_at);
    SELECT * INTO m FROM public.mpn_profiles WHERE partner_id = p_partner_id;
    IF NOT FOUND OR rights.my_partner() IS NULL OR NOT rights.allows('EditPartnerId')
       OR m.pmc_account_id IS DISTINCT FROM rights.my_pmc_account() OR m.status <> 'Active'
       OR m.country IS DISTINCT FROM (SELECT country FROM public.tenants WHERE id = rights.my_tenant())
       OR EXISTS (SELECT 1 FROM public.partner_accounts WHERE partner_id = p_partner_id AND id <> rights.my_partner())
    THEN
        PERFORM rights.refuse('an Admin agent links an active profile of its own PMC account, in its country, '
                              'linked to no other partner');
    END IF;
    UPDATE public.partner_accounts SET partner_id = p_partner_id, updated_at = p_at WHERE id = rights.my_partner();
END
$$;
REVOKE ALL ON FUNCTION rights.change_partner_id(TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.change_partner_id(TEXT, TEXT, TEXT) TO {people};

-- Two-step verification of a person signed in: its state for themselves and those who manage them,
-- and which users of a tenant have it. Setting it up and taking it away run on the desk's own
-- connection, as signing in does: a login needs only the password, and the password alone never
-- replaces a second factor. The secret and the recovery salt go only to that connection.
CREATE FUNCTION rights.mfa_concerns(p_user TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT session_user = (SELECT owner_role FROM rights.workspace) OR p_user = rights.me()
        OR EXISTS (SELECT 1 FROM public.tenant_users u WHERE u.id = p_user
                   AND rights.manages_user(u.tenant_id, u.directory_role))
$$;
CREATE FUNCTION rights.mfa_of(p_user TEXT)
RETURNS TABLE (user_id TEXT, secret TEXT, recovery_salt TEXT, enrolled_at TEXT, last_used_step BIGINT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT m.user_id,
           CASE WHEN session_user = (SELECT owner_role FROM rights.workspace) THEN m.secret END,
           CASE WHEN session_user = (SELECT owner_role FROM rights.workspace) THEN m.recovery_salt END,
           m.enrolled_at, m.last_used_step
    FROM public.user_mfa m WHERE m.user_id = p_user AND rights.mfa_concerns(p_user)
$$;
CREATE FUNCTION rights.mfa_recovery_codes_left(p_user TEXT) RETURNS INTEGER LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT count(*)::INTEGER FROM public.mfa_recovery_codes
    WHERE user_id = p_user AND used_at IS NULL AND rights.mfa_concerns(p_user)
$$;
CREATE FUNCTION rights.mfa_users_of_tenant(p_tenant TEXT) RETURNS SETOF TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT m.user_id FROM public.user_mfa m JOIN public.tenant_users u ON u.id = m.user_id
    WHERE u.tenant_id = p_tenant
    AND (session_user = (SELECT owner_role FROM rights.workspace) OR p_tenant = rights.my_tenant()
         OR rights.administers_tenant(p_tenant))
$$;
REVOKE ALL ON FUNCTION rights.mfa_of(TEXT), rights.mfa_recovery_codes_left(TEXT), rights.mfa_users_of_tenant(TEXT)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.mfa_of(TEXT), rights.mfa_recovery_codes_left(TEXT), rights.mfa_users_of_tenant(TEXT)
    TO {people};

-- The helpers above are for the policies and functions of the workspace's people only.
REVOKE ALL ON FUNCTION rights.shared_subject(TEXT, TEXT, TEXT, TEXT), rights.sees_person(TEXT),
    rights.my_pmc_account(), rights.sees_mpn_link(TEXT, TEXT), rights.mfa_concerns(TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.shared_subject(TEXT, TEXT, TEXT, TEXT), rights.sees_person(TEXT),
    rights.my_pmc_account(), rights.sees_mpn_link(TEXT, TEXT), rights.mfa_concerns(TEXT) TO {people};
