<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Aceptar una invitación</translation>
    </message>
    <message>
        <source>Invitation &amp;link:</source>
        <translation>&amp;Vínculo de invitación:</translation>
    </message>
    <message>
        <source>partnerdesk://invitation/…</source>
        <translation>partnerdesk://invitation/…</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>&amp;Authorize indirect provider</source>
        <translation>&amp;Autorizar al proveedor indirecto</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user…</source>
        <translation>Iniciar sesión como &amp;otro usuario…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>%1 (Partner ID %2, %3) invites you to connect as its indirect reseller. It serves resellers in: %4. The invitation expires on %5.</source>
        <translation>%1 (Id. de partner %2, %3) le invita a conectarse como su revendedor indirecto. Presta servicio a revendedores en: %4. La invitación caduca el %5.</translation>
    </message>
    <message>
        <source>your tenant</source>
        <translation>su inquilino</translation>
    </message>
    <message>
        <source>my company</source>
        <translation>mi empresa</translation>
    </message>
    <message>
        <source>I authorize %1 to be the indirect provider of %2, with the permissions above.</source>
        <translation>Autorizo a %1 a ser el proveedor indirecto de %2, con los permisos indicados arriba.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>your tenant (%1)</source>
        <extracomment>Who the provider gets administrator access to: the reseller&apos;s tenant and its domain.</extracomment>
        <translation>su inquilino (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;When you authorize %1, it may:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;submit orders and add subscriptions on behalf of your customers;&lt;/li&gt;&lt;li&gt;act with administrator access to %2.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You can end the relationship at any time on the Indirect providers page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si autoriza a %1, podrá:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;enviar pedidos y agregar suscripciones en nombre de sus clientes;&lt;/li&gt;&lt;li&gt;actuar con acceso de administrador a %2.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Puede poner fin a la relación en cualquier momento en la página Proveedores indirectos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in as an Admin agent of your indirect reseller account to accept.</source>
        <translation>Para aceptar, inicie sesión como agente de administración de su cuenta de revendedor indirecto.</translation>
    </message>
    <message>
        <source>&amp;Authorize</source>
        <translation>&amp;Autorizar</translation>
    </message>
    <message>
        <source>Change the new &amp;tenant…</source>
        <translation>Cambiar el inquilino &amp;nuevo…</translation>
    </message>
    <message>
        <source>Create your organization&apos;s &amp;tenant…</source>
        <translation>Crear el inquilino de su &amp;organización…</translation>
    </message>
    <message>
        <source>%1 (Partner ID %2) asks to become a reseller of your organization. The invitation expires on %3.</source>
        <translation>%1 (Id. de partner %2) le pide ser revendedor de su organización. La invitación caduca el %3.</translation>
    </message>
    <message>
        <source>%1 (Partner ID %2) and its indirect provider %3 (Partner ID %4) ask to become resellers of your organization. The invitation expires on %5.</source>
        <translation>%1 (Id. de partner %2) y su proveedor indirecto %3 (Id. de partner %4) le piden ser revendedores de su organización. La invitación caduca el %5.</translation>
    </message>
    <message>
        <source>my organization</source>
        <translation>mi organización</translation>
    </message>
    <message>
        <source>I authorize these partners to serve %1 as described above.</source>
        <translation>Autorizo a estos partners a atender a %1 como se indica arriba.</translation>
    </message>
    <message>
        <source>A new tenant, %1, is created for %2 with %3 as its Global administrator when you authorize.</source>
        <translation>Al autorizar, se crea un inquilino nuevo, %1, para %2 con %3 como administrador global.</translation>
    </message>
    <message>
        <source>Sign in as a Global administrator of your organization&apos;s tenant, or create your organization&apos;s tenant, to accept.</source>
        <translation>Para aceptar, inicie sesión como administrador global del inquilino de su organización o cree el inquilino de su organización.</translation>
    </message>
    <message>
        <source>%1 now serves your organization.</source>
        <translation>%1 ahora atiende a su organización.</translation>
    </message>
    <message>
        <source>%1 and %2 now serve your organization.</source>
        <translation>%1 y %2 ahora atienden a su organización.</translation>
    </message>
    <message>
        <source>A partner invites you with a link in an email. Paste the link here, or open it with PartnerDesk, to see who invites you and what they may do, and to authorize them.</source>
        <translation>Un partner le invita con un vínculo en un correo electrónico. Pegue aquí el vínculo, o ábralo con PartnerDesk, para ver quién le invita y qué podrá hacer, y para autorizarlo.</translation>
    </message>
    <message>
        <source>I authorize this partner to serve %1 as described above.</source>
        <translation>Autorizo a este partner a atender a %1 como se indica arriba.</translation>
    </message>
    <message>
        <source>%1 already serves you; it stays your reseller of record, with administrator access to manage your subscriptions, licenses and users.</source>
        <translation>%1 ya le presta servicio; sigue siendo su revendedor de registro, con acceso de administrador para administrar sus suscripciones, licencias y usuarios.</translation>
    </message>
    <message>
        <source>%1 becomes your reseller of record, with administrator access to manage your subscriptions, licenses and users.</source>
        <translation>%1 pasa a ser su revendedor de registro, con acceso de administrador para administrar sus suscripciones, licencias y usuarios.</translation>
    </message>
    <message>
        <source>%1 already serves you and may go on submitting orders and adding subscriptions for you.</source>
        <translation>%1 ya le presta servicio y podrá seguir enviando pedidos y agregando suscripciones por usted.</translation>
    </message>
    <message>
        <source>%1 may submit orders and add subscriptions for you.</source>
        <translation>%1 podrá enviar pedidos y agregar suscripciones por usted.</translation>
    </message>
    <message>
        <source>%1 keeps serving you as before.</source>
        <translation>%1 le sigue prestando servicio como hasta ahora.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When you authorize it:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si lo autoriza:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;When you authorize them:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si los autoriza:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>the legal business name</source>
        <translation>el nombre legal de la empresa</translation>
    </message>
    <message>
        <source>the street address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>la ciudad</translation>
    </message>
    <message>
        <source>the primary contact&apos;s first name</source>
        <translation>el nombre del contacto principal</translation>
    </message>
    <message>
        <source>the primary contact&apos;s last name</source>
        <translation>los apellidos del contacto principal</translation>
    </message>
    <message>
        <source>The country/region of a partner account is fixed when it enrolls and can&apos;t be changed.</source>
        <translation>El país o región de una cuenta de partner se fija al inscribirse y no se puede cambiar.</translation>
    </message>
    <message>
        <source>No MPN profile has the Partner ID %1.</source>
        <translation>Ningún perfil de MPN tiene el Id. de partner %1.</translation>
    </message>
    <message>
        <source>The Partner ID %1 belongs to another Partner Membership Center account. Only profiles of your organization&apos;s account can be linked.</source>
        <translation>El Id. de partner %1 pertenece a otra cuenta del Partner Membership Center. Solo se pueden vincular perfiles de la cuenta de su organización.</translation>
    </message>
    <message>
        <source>Your organization no longer exists.</source>
        <translation>Su organización ya no existe.</translation>
    </message>
    <message>
        <source>The partner account no longer exists in this workspace.</source>
        <translation>La cuenta de partner ya no existe en esta área de trabajo.</translation>
    </message>
    <message>
        <source>Choose the language messages to the primary contact are written in.</source>
        <translation>Elija el idioma en que se escriben los mensajes al contacto principal.</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ActivityLogPage</name>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>What everyone did in the workspace, newest first: each partner&apos;s activity, and the program&apos;s decisions.</source>
        <translation>Lo que cada persona hizo en el área de trabajo, lo más reciente primero: la actividad de cada partner y las decisiones del programa.</translation>
    </message>
    <message>
        <source>What the people of your organization, and partners working with you, did in your account, newest first.</source>
        <translation>Lo que las personas de su organización, y los partners que trabajan con usted, hicieron en su cuenta, lo más reciente primero.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>A name, customer, email address…</source>
        <translation>Un nombre, cliente, dirección de correo…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the events listed, for the current filters, as a CSV file.</source>
        <translation>Guardar los eventos mostrados, con los filtros actuales, como archivo CSV.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>No events match these filters. Clear filters to see every event.</source>
        <translation>Ningún evento coincide con estos filtros. Quite los filtros para ver todos los eventos.</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. Changes of status, roles, relationships, invitations, orders and licenses appear here as people make them.</source>
        <translation>Todavía no se ha registrado nada. Los cambios de estado, roles, relaciones, invitaciones, pedidos y licencias aparecen aquí a medida que se hacen.</translation>
    </message>
    <message>
        <source>Export activity</source>
        <extracomment>Default file name of the activity log export.</extracomment>
        <translation>Exportar actividad</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>Exporting activity… %1 events written</source>
        <translation>Exportando actividad… %1 eventos escritos</translation>
    </message>
    <message>
        <source>The activity is exported to %1.</source>
        <translation>La actividad se exportó a %1.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Enrolled in the CSP program</source>
        <translation>Inscripción en el programa CSP</translation>
    </message>
    <message>
        <source>Verification code sent</source>
        <translation>Código de verificación enviado</translation>
    </message>
    <message>
        <source>Account status changed</source>
        <translation>Estado de la cuenta cambiado</translation>
    </message>
    <message>
        <source>Legal business profile changed</source>
        <translation>Perfil comercial legal cambiado</translation>
    </message>
    <message>
        <source>Support profile changed</source>
        <translation>Perfil de soporte técnico cambiado</translation>
    </message>
    <message>
        <source>Partner ID changed</source>
        <translation>Id. de partner cambiado</translation>
    </message>
    <message>
        <source>Reseller account created</source>
        <translation>Cuenta de revendedor creada</translation>
    </message>
    <message>
        <source>Partner Membership Center account created</source>
        <translation>Cuenta de Partner Membership Center creada</translation>
    </message>
    <message>
        <source>MPN profile added</source>
        <translation>Perfil de MPN añadido</translation>
    </message>
    <message>
        <source>MPN profile status changed</source>
        <translation>Estado del perfil de MPN cambiado</translation>
    </message>
    <message>
        <source>Indirect provider added</source>
        <translation>Proveedor indirecto añadido</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario añadido</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Usuario quitado</translation>
    </message>
    <message>
        <source>User&apos;s roles changed</source>
        <translation>Roles del usuario cambiados</translation>
    </message>
    <message>
        <source>Two-step verification set up</source>
        <translation>Verificación en dos pasos configurada</translation>
    </message>
    <message>
        <source>Two-step verification set up again</source>
        <translation>Verificación en dos pasos configurada de nuevo</translation>
    </message>
    <message>
        <source>Two-step verification reset</source>
        <translation>Verificación en dos pasos restablecida</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Código de recuperación usado</translation>
    </message>
    <message>
        <source>Two-step verification requirement changed</source>
        <translation>Exigencia de verificación en dos pasos cambiada</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Invitación enviada</translation>
    </message>
    <message>
        <source>Invitation edited</source>
        <translation>Invitación editada</translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation>Invitación revocada</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Invitación aceptada</translation>
    </message>
    <message>
        <source>Indirect provider authorized</source>
        <translation>Proveedor indirecto autorizado</translation>
    </message>
    <message>
        <source>Indirect relationship ended</source>
        <translation>Relación indirecta finalizada</translation>
    </message>
    <message>
        <source>Customer relationship authorized</source>
        <translation>Relación con el cliente autorizada</translation>
    </message>
    <message>
        <source>Customer relationship ended</source>
        <translation>Relación con el cliente finalizada</translation>
    </message>
    <message>
        <source>Referral added</source>
        <translation>Referencia añadida</translation>
    </message>
    <message>
        <source>Referral passed to a reseller</source>
        <translation>Referencia pasada a un revendedor</translation>
    </message>
    <message>
        <source>Referral invited</source>
        <translation>Referencia invitada</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>Estado de la referencia cambiado</translation>
    </message>
    <message>
        <source>Customer account changed</source>
        <translation>Cuenta del cliente cambiada</translation>
    </message>
    <message>
        <source>Customer user added</source>
        <translation>Usuario del cliente añadido</translation>
    </message>
    <message>
        <source>Customer user changed</source>
        <translation>Usuario del cliente cambiado</translation>
    </message>
    <message>
        <source>Customer user blocked from signing in</source>
        <translation>Usuario del cliente bloqueado para iniciar sesión</translation>
    </message>
    <message>
        <source>Customer user allowed to sign in</source>
        <translation>Usuario del cliente autorizado a iniciar sesión</translation>
    </message>
    <message>
        <source>Customer user&apos;s password reset</source>
        <translation>Contraseña del usuario del cliente restablecida</translation>
    </message>
    <message>
        <source>Order submitted</source>
        <translation>Pedido enviado</translation>
    </message>
    <message>
        <source>Order request sent</source>
        <translation>Solicitud de pedido enviada</translation>
    </message>
    <message>
        <source>Order request fulfilled</source>
        <translation>Solicitud de pedido atendida</translation>
    </message>
    <message>
        <source>Order request declined</source>
        <translation>Solicitud de pedido rechazada</translation>
    </message>
    <message>
        <source>License assigned</source>
        <translation>Licencia asignada</translation>
    </message>
    <message>
        <source>License removed</source>
        <translation>Licencia quitada</translation>
    </message>
    <message>
        <source>Sample workspace loaded</source>
        <translation>Área de trabajo de ejemplo cargada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First user</source>
        <translation>Primer usuario</translation>
    </message>
    <message>
        <source>Partner Membership Center account</source>
        <translation>Cuenta de Partner Membership Center</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Inquilino nuevo</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Countries or regions</source>
        <translation>Países o regiones</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Support email</source>
        <translation>Correo de soporte técnico</translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation>Teléfono de soporte técnico</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Proveedor indirecto</translation>
    </message>
    <message>
        <source>Provider&apos;s partner ID</source>
        <translation>Id. de partner del proveedor</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Revendedor indirecto</translation>
    </message>
    <message>
        <source>Reseller&apos;s partner ID</source>
        <translation>Id. de partner del revendedor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Licenses assigned</source>
        <translation>Licencias asignadas</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigida</translation>
    </message>
    <message>
        <source>Recovery codes left</source>
        <translation>Códigos de recuperación restantes</translation>
    </message>
    <message>
        <source>Reseller invitations revoked</source>
        <translation>Invitaciones a revendedores revocadas</translation>
    </message>
    <message>
        <source>Customer invitations revoked</source>
        <translation>Invitaciones a clientes revocadas</translation>
    </message>
    <message>
        <source>Customer relationships ended</source>
        <translation>Relaciones con clientes finalizadas</translation>
    </message>
    <message>
        <source>Order requests declined</source>
        <translation>Solicitudes de pedido rechazadas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Enrollment and account</source>
        <translation>Inscripción y cuenta</translation>
    </message>
    <message>
        <source>Users and sign-in</source>
        <translation>Usuarios e inicio de sesión</translation>
    </message>
    <message>
        <source>Invitations, relationships and referrals</source>
        <translation>Invitaciones, relaciones y referencias</translation>
    </message>
    <message>
        <source>Customers&apos; accounts and users</source>
        <translation>Cuentas y usuarios de clientes</translation>
    </message>
    <message>
        <source>Orders and licenses</source>
        <translation>Pedidos y licencias</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>Nombre legal de la empresa</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección (línea 1)</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección (línea 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Contact&apos;s first name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>Apellidos del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>Correo electrónico del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>Support web site</source>
        <translation>Sitio web de soporte técnico</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>V&amp;erify the audit log</source>
        <translation>V&amp;erificar el registro de auditoría</translation>
    </message>
    <message>
        <source>Check every event of the audit log against the one before it</source>
        <translation>Comprobar cada evento del registro de auditoría con el anterior</translation>
    </message>
    <message>
        <source>This desk has not found the audit log of this workspace intact yet. After an intact check it remembers the newest event, and later checks also find events cut from the end.</source>
        <translation>Este equipo todavía no ha encontrado intacto el registro de auditoría de esta área de trabajo. Tras una comprobación sin fallos recuerda el evento más reciente, y las comprobaciones siguientes también encuentran eventos cortados del final.</translation>
    </message>
    <message>
        <source>Last intact check at this desk: %1, up to event %2. Later checks also find events cut from there or a chain rewritten whole. To check from the command line:
partnerdesk --verify-audit --audit-anchor %3</source>
        <translation>Última comprobación sin fallos en este equipo: %1, hasta el evento %2. Las comprobaciones siguientes también encuentran eventos cortados desde ahí o una cadena reescrita por completo. Para comprobarlo desde la línea de comandos:
partnerdesk --verify-audit --audit-anchor %3</translation>
    </message>
    <message>
        <source>Audit log integrity</source>
        <translation>Integridad del registro de auditoría</translation>
    </message>
    <message>
        <source>Every change of status, role, relationship, invitation, order and license is written to the audit log (the Activity log lists it), each event sealed together with the one before it. Verifying the chain finds an event that was changed, removed or slipped in, even by whoever runs the database, and names the first one.</source>
        <translation>Cada cambio de estado, rol, relación, invitación, pedido y licencia se escribe en el registro de auditoría (el Registro de actividad lo muestra), cada evento sellado junto con el anterior. Verificar la cadena encuentra un evento cambiado, eliminado o intercalado, incluso por quien administra la base de datos, y nombra el primero.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>event %1 (%2, %3)</source>
        <translation>el evento %1 (%2, %3)</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1 is not what was written. Events checked: %2.</source>
        <translation>El registro de auditoría fue manipulado: %1 no es lo que se escribió. Eventos comprobados: %2.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1 doesn&apos;t follow the event before it, so events were removed or slipped in there. Events checked: %2.</source>
        <translation>El registro de auditoría fue manipulado: %1 no sigue al evento anterior, así que ahí se eliminaron o intercalaron eventos. Eventos comprobados: %2.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1 carries no chain hash. Events checked: %2.</source>
        <translation>El registro de auditoría fue manipulado: %1 no lleva hash de la cadena. Eventos comprobados: %2.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: event %1, which was verified here before, is gone. Events checked: %2.</source>
        <translation>El registro de auditoría fue manipulado: el evento %1, que se verificó antes en este equipo, ya no está. Eventos comprobados: %2.</translation>
    </message>
    <message>
        <source>The audit log was rewritten: an event verified here before has another hash now. Events checked: %1.</source>
        <translation>El registro de auditoría fue reescrito: un evento verificado antes en este equipo tiene ahora otro hash. Eventos comprobados: %1.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>El registro de auditoría está vacío.</translation>
    </message>
    <message>
        <source>The audit log is intact: each event is sealed together with the one before it. Events checked: %1; the newest is event %2.</source>
        <translation>El registro de auditoría está intacto: cada evento está sellado junto con el anterior. Eventos comprobados: %1; el más reciente es el evento %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit anchor: give the event number, a colon and the event&apos;s hash of 64 hexadecimal digits, as the last check printed it.</source>
        <translation>«%1» no es un ancla de auditoría: indique el número del evento, dos puntos y el hash del evento de 64 dígitos hexadecimales, tal como lo mostró la última comprobación.</translation>
    </message>
    <message>
        <source>Only a partner&apos;s Admin agents read its activity log.</source>
        <translation>Solo los agentes de administración de un partner leen su registro de actividad.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>The export was stopped after %n events.</source>
        <translation>
            <numerusform>La exportación se detuvo tras %n evento.</numerusform>
            <numerusform>La exportación se detuvo tras %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Indirect relationship</source>
        <translation>Relación indirecta</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order request</source>
        <translation>Solicitud de pedido</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>MPN profile</source>
        <translation>Perfil de MPN</translation>
    </message>
    <message>
        <source>Partner Membership Center account</source>
        <translation>Cuenta de Partner Membership Center</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What an event is about: its kind and name (&quot;Customer: Contoso&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Someone of another organization</source>
        <translation>Alguien de otra organización</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Business profile</source>
        <translation>Perfil comercial</translation>
    </message>
    <message>
        <source>Your organization&apos;s legal business profile, primary contact and customer support. The primary contact is the person we contact about this application.</source>
        <translation>El perfil comercial legal de su organización, el contacto principal y el soporte técnico al cliente. El contacto principal es la persona con la que nos comunicaremos sobre esta solicitud.</translation>
    </message>
    <message>
        <source>Support &amp;web site:</source>
        <translation>Sitio &amp;web de soporte técnico:</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation>https://www.example.com (opcional)</translation>
    </message>
    <message>
        <source>%1 Reviewers check that the primary contact belongs to your organization: use an address of your web site&apos;s or tenant&apos;s domain if you can.</source>
        <translation>%1 Los revisores comprueban que el contacto principal pertenece a su organización: use si puede una dirección del dominio de su sitio web o de su inquilino.</translation>
    </message>
    <message>
        <source>S&amp;upport email:</source>
        <translation>Co&amp;rreo electrónico de soporte:</translation>
    </message>
    <message>
        <source>&amp;Support phone:</source>
        <translation>Telé&amp;fono de soporte:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n arguments were given; PartnerDesk takes at most one, an invitation link.</source>
        <translation>
            <numerusform>Se dio %n argumento; PartnerDesk admite como máximo uno, un vínculo de invitación.</numerusform>
            <numerusform>Se dieron %n argumentos; PartnerDesk admite como máximo uno, un vínculo de invitación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitation link given is empty, so nothing was opened. Give a link such as partnerdesk://invitation/…, or none.</source>
        <translation>El vínculo de invitación indicado está vacío, así que no se abrió nada. Indique un vínculo como partnerdesk://invitation/… o ninguno.</translation>
    </message>
    <message>
        <source>The link given is %1 bytes long, more than the %2 a PartnerDesk invitation link may have, so nothing was opened.</source>
        <translation>El vínculo indicado ocupa %1 bytes, más de los %2 que puede tener un vínculo de invitación de PartnerDesk, así que no se abrió nada.</translation>
    </message>
    <message>
        <source>To find events cut from the end next time, give --audit-anchor %1</source>
        <translation>Para encontrar eventos cortados del final la próxima vez, indique --audit-anchor %1</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Se detuvo la exportación.</translation>
    </message>
</context>
<context>
    <name>CustomerAccountTab</name>
    <message>
        <source>Primary domain:</source>
        <translation>Dominio principal:</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Guardar la cuenta</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer los cambios</translation>
    </message>
    <message>
        <source>The account of %1 is saved.</source>
        <translation>Se guardó la cuenta de %1.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailsWidget</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
</context>
<context>
    <name>CustomerLicensesTab</name>
    <message>
        <source>Subscription:</source>
        <translation>Suscripción:</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Users holding a license</source>
        <translation>Usuarios con licencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name (UPN)</source>
        <translation>Nombre de usuario (UPN)</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Fecha de asignación</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Asignar a:</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 assigned</source>
        <extracomment>A subscription in a list: its offer, then how many of its licenses are assigned.</extracomment>
        <translation>%1 — asignadas: %2 de %3</translation>
    </message>
    <message>
        <source>%1 has no active subscription with licenses. You add one by submitting an order for it on the Services tab.</source>
        <translation>%1 no tiene ninguna suscripción activa con licencias. Para agregar una, envíe un pedido en la pestaña Servicios.</translation>
    </message>
    <message>
        <source>%1 has no active subscription with licenses. Its provider adds subscriptions by submitting orders; you can request an order on the Services tab.</source>
        <translation>%1 no tiene ninguna suscripción activa con licencias. Su proveedor agrega suscripciones enviando pedidos; puede solicitar un pedido en la pestaña Servicios.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n licenses assigned</source>
        <translation>
            <numerusform>Licencias asignadas: %1 de %n</numerusform>
            <numerusform>Licencias asignadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every license is assigned: unassign one, or ask for more.</source>
        <translation>Todas las licencias están asignadas: quite la asignación de una o solicite más.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in a list: their name, then their user name.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every enabled user holds one</source>
        <translation>Todos los usuarios habilitados tienen una</translation>
    </message>
    <message>
        <source>%1 now has a license of %2.</source>
        <translation>%1 ahora tiene una licencia de %2.</translation>
    </message>
    <message>
        <source>%1 no longer has a license of %2.</source>
        <translation>%1 ya no tiene una licencia de %2.</translation>
    </message>
</context>
<context>
    <name>CustomerManagementService</name>
    <message>
        <source>This organization isn&apos;t one of your customers. It may have ended its relationship with %1; reload the customer list.</source>
        <translation>Esta organización no es uno de sus clientes. Es posible que haya finalizado su relación con %1; vuelva a cargar la lista de clientes.</translation>
    </message>
    <message>
        <source>Only the reseller of %1 with administration rights manages its account and users. Ask that reseller to make the change.</source>
        <translation>Solo el revendedor de %1 con derechos de administración administra su cuenta y sus usuarios. Pida a ese revendedor que haga el cambio.</translation>
    </message>
    <message>
        <source>Only the reseller of %1 with administration rights manages its account. Ask that reseller to make the change.</source>
        <translation>Solo el revendedor de %1 con derechos de administración administra su cuenta. Pida a ese revendedor que haga el cambio.</translation>
    </message>
    <message>
        <source>Only the reseller of %1 with administration rights manages its users. Ask that reseller to make the change.</source>
        <translation>Solo el revendedor de %1 con derechos de administración administra sus usuarios. Pida a ese revendedor que haga el cambio.</translation>
    </message>
    <message>
        <source>The country/region of a customer is fixed when its tenant is created and can&apos;t be changed.</source>
        <translation>El país o región de un cliente se fija al crear su inquilino y no se puede cambiar.</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>el nombre del usuario</translation>
    </message>
    <message>
        <source>The user was not found in %1; they may have been removed. Reload the list and try again.</source>
        <translation>No se encontró el usuario en %1; puede que se haya quitado. Vuelva a cargar la lista e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is the last Global administrator of %2 and must stay one: nobody could administer the customer&apos;s tenant otherwise. Make another user a Global administrator first.</source>
        <translation>%1 es el último administrador global de %2 y debe seguir siéndolo: de lo contrario, nadie podría administrar el inquilino del cliente. Convierta antes a otro usuario en administrador global.</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another user name.</source>
        <translation>%1 ya está en uso. Elija otro nombre de usuario.</translation>
    </message>
    <message>
        <source>Only an Admin agent of %1 creates, changes, disables or enables a Global administrator of %2 or resets their password.</source>
        <translation>Solo un agente de administración de %1 crea, cambia, deshabilita o habilita a un administrador global de %2 o restablece su contraseña.</translation>
    </message>
    <message>
        <source>%1 is a Global administrator of %2: only an Admin agent of %3 can change, disable or enable them or reset their password.</source>
        <translation>%1 es administrador global de %2: solo un agente de administración de %3 puede cambiarlo, deshabilitarlo o habilitarlo o restablecer su contraseña.</translation>
    </message>
    <message>
        <source>Only an Admin agent of %1 can make a user a Global administrator of %2, who controls its whole tenant. Choose the User role, or ask an Admin agent.</source>
        <translation>Solo un agente de administración de %1 puede hacer a un usuario administrador global de %2, que controla todo su inquilino. Elija el rol Usuario o pídaselo a un agente de administración.</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This invitation asks an indirect reseller to authorize a provider: an Admin agent of the reseller accepts it.</source>
        <translation>Esta invitación pide a un revendedor indirecto que autorice a un proveedor: la acepta un agente de administración del revendedor.</translation>
    </message>
    <message>
        <source>The program&apos;s tenant can&apos;t become a customer.</source>
        <translation>El inquilino del programa no puede convertirse en cliente.</translation>
    </message>
    <message>
        <source>Only a Global administrator of %1 can accept for it, and %2 is not one. Sign in as a Global administrator.</source>
        <translation>Solo un administrador global de %1 puede aceptar en su nombre, y %2 no lo es. Inicie sesión como administrador global.</translation>
    </message>
    <message>
        <source>A partner can&apos;t become its own customer.</source>
        <translation>Un partner no puede convertirse en su propio cliente.</translation>
    </message>
    <message>
        <source>%1 is already a reseller of %2.</source>
        <translation>%1 ya es revendedor de %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are already resellers of %3.</source>
        <translation>%1 y %2 ya son revendedores de %3.</translation>
    </message>
    <message>
        <source>Check the box to confirm that these partners may serve your organization.</source>
        <translation>Active la casilla para confirmar que estos partners pueden atender a su organización.</translation>
    </message>
    <message>
        <source>The new tenant&apos;s administrator could not be read back.</source>
        <translation>No se pudo volver a leer el administrador del inquilino nuevo.</translation>
    </message>
    <message>
        <source>%1 accepted the invitation of %2</source>
        <translation>%1 aceptó la invitación de %2</translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 accepted your invitation on %4: %5 is now its reseller of record, with administrator access to its subscriptions, licenses and users. It is on your Customers page.</source>
        <translation>Hola, %1:

%2, de %3, aceptó su invitación el %4: %5 es ahora su revendedor de registro, con acceso de administrador a sus suscripciones, licencias y usuarios. Aparece en su página Clientes.</translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 accepted the invitation of %4 on %5: %6 may now submit orders for %3, which is on your Customers page.</source>
        <translation>Hola, %1:

%2, de %3, aceptó la invitación de %4 el %5: %6 ya puede enviar pedidos para %3, que aparece en su página Clientes.</translation>
    </message>
    <message>
        <source>%1 no longer works with the indirect provider named in this invitation, so it can&apos;t be accepted. Ask %1 for a new invitation.</source>
        <translation>%1 ya no trabaja con el proveedor indirecto que se indica en esta invitación, así que no se puede aceptar. Pida a %1 una invitación nueva.</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Proveedor indirecto</translation>
    </message>
    <message>
        <source>Reseller with administration</source>
        <translation>Revendedor con administración</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Only a partner&apos;s users see a list of customers.</source>
        <translation>Solo los usuarios de un partner ven una lista de clientes.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>The export was stopped after %n customers.</source>
        <translation>
            <numerusform>La exportación se detuvo después de %n cliente.</numerusform>
            <numerusform>La exportación se detuvo después de %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an indirect relationship with %2, so it can&apos;t become a customer of %2: %2 would hold administrator access to the tenant of its own provider or reseller.</source>
        <translation>%1 tiene una relación indirecta con %2, así que no puede convertirse en cliente de %2: %2 tendría acceso de administrador al inquilino de su propio proveedor o revendedor.</translation>
    </message>
</context>
<context>
    <name>CustomerServicesTab</name>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Partner on record</source>
        <translation>Partner de registro</translation>
    </message>
    <message>
        <source>Billed by</source>
        <translation>Facturado por</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Subscriptions (%1)</source>
        <translation>Suscripciones (%1)</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Pedidos (%1)</translation>
    </message>
    <message>
        <source>Add subscription…</source>
        <translation>Agregar suscripción…</translation>
    </message>
    <message>
        <source>Order a new subscription for this customer, for one of its resellers.</source>
        <translation>Pedir una suscripción nueva para este cliente, para uno de sus revendedores.</translation>
    </message>
    <message>
        <source>Change quantity…</source>
        <translation>Cambiar la cantidad…</translation>
    </message>
    <message>
        <source>Add or remove licenses of the selected subscription, or cancel it.</source>
        <translation>Agregar o quitar licencias de la suscripción seleccionada, o cancelarla.</translation>
    </message>
    <message>
        <source>Request an order…</source>
        <translation>Solicitar un pedido…</translation>
    </message>
    <message>
        <source>Ask one of your indirect providers to order for this customer.</source>
        <translation>Pedir a uno de sus proveedores indirectos que realice un pedido para este cliente.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A partner on record: its name, then its Partner ID.
----------
Who submitted an order: the user, then their partner.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>The quantity of a subscription billed by usage.</extracomment>
        <translation>Por uso</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What an order did: its transaction, then the offer.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Todavía no hay pedidos.</translation>
    </message>
    <message>
        <source>No subscriptions yet: add one with Add subscription.</source>
        <translation>Todavía no hay suscripciones: agregue una con Agregar suscripción.</translation>
    </message>
    <message>
        <source>No subscriptions yet: ask a provider with Request an order.</source>
        <translation>Todavía no hay suscripciones: pida una a un proveedor con Solicitar un pedido.</translation>
    </message>
    <message>
        <source>No subscriptions yet.</source>
        <translation>Todavía no hay suscripciones.</translation>
    </message>
    <message>
        <source>The order is placed, with %1 (Partner ID %2) as partner on record.</source>
        <translation>Se realizó el pedido, con %1 (Id. de partner %2) como partner de registro.</translation>
    </message>
    <message>
        <source>%1 has your order request. It stays on the Order requests page until %1 fulfills or declines it.</source>
        <translation>%1 recibió su solicitud de pedido. Permanece en la página Solicitudes de pedido hasta que %1 la complete o la rechace.</translation>
    </message>
</context>
<context>
    <name>CustomerUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>The new user is created in the tenant of %1 and gets a temporary password, shown to you once when the user is added.</source>
        <translation>El nuevo usuario se crea en el inquilino de %1 y obtiene una contraseña temporal, que se le mostrará una sola vez al agregarlo.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Agr&amp;egar</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>Change the name or the directory role of %1 (%2) in the tenant of %3.</source>
        <translation>Cambie el nombre o el rol de directorio de %1 (%2) en el inquilino de %3.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de u&amp;suario:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The primary domain of %1, which every user name of its tenant ends with.</source>
        <translation>El dominio principal de %1, con el que terminan todos los nombres de usuario de su inquilino.</translation>
    </message>
    <message>
        <source>Administers the whole tenant of %1, including its partners&apos; access.</source>
        <translation>Administra todo el inquilino de %1, incluido el acceso de sus partners.</translation>
    </message>
    <message>
        <source>Signs in and uses the licenses assigned to them.</source>
        <translation>Inicia sesión y usa las licencias que tiene asignadas.</translation>
    </message>
</context>
<context>
    <name>CustomerUsersTab</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name (UPN)</source>
        <translation>Nombre de usuario (UPN)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Agregar usuario…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer la contraseña…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado hasta %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>%1 was added. They sign in as %2.</source>
        <translation>Se agregó a %1. Inicia sesión como %2.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>%1 is disabled and can&apos;t sign in. Their licenses stay assigned until you unassign them.</source>
        <translation>%1 está deshabilitado y no puede iniciar sesión. Sus licencias siguen asignadas hasta que usted quite la asignación.</translation>
    </message>
    <message>
        <source>%1 is disabled and can&apos;t sign in.</source>
        <translation>%1 está deshabilitado y no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 está habilitado y puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>Reset the password of %1 (%2)? Their current password stops working, and you get a temporary password to give them.</source>
        <translation>¿Quiere restablecer la contraseña de %1 (%2)? Su contraseña actual dejará de funcionar y usted obtendrá una contraseña temporal para dársela.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Se restableció la contraseña de %1.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>The temporary password of %1 (%2):</source>
        <translation>Contraseña temporal de %1 (%2):</translation>
    </message>
    <message>
        <source>This password won&apos;t be shown again. Give it to %1 now: they sign in as %2 with it.</source>
        <translation>Esta contraseña no se volverá a mostrar. Désela ahora a %1: iniciará sesión como %2 con ella.</translation>
    </message>
    <message>
        <source>&amp;Copy password</source>
        <translation>&amp;Copiar la contraseña</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Dominio principal</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Revendedor indirecto</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Proveedor indirecto</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse the order.</source>
        <translation>Haga clic para ordenar por esta columna; vuelva a hacer clic para invertir el orden.</translation>
    </message>
    <message>
        <source>This column can&apos;t be sorted. Sort by Company, Primary domain, Country/region or Since.</source>
        <translation>Esta columna no se puede ordenar. Ordene por «Empresa», «Dominio principal», «País o región» o «Desde».</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search by company name or domain</source>
        <translation>Buscar por nombre de empresa o dominio</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Cu&amp;stomers</source>
        <translation>C&amp;lientes</translation>
    </message>
    <message>
        <source>&amp;Request a reseller relationship…</source>
        <translation>&amp;Solicitar una relación de revendedor…</translation>
    </message>
    <message>
        <source>Email a customer a link that asks it to make you its reseller of record.</source>
        <translation>Enviar a un cliente un correo electrónico con un vínculo que le pide que lo convierta a usted en su revendedor de registro.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the customers listed, for the current search, as a CSV file.</source>
        <translation>Guardar los clientes de la lista, para la búsqueda actual, como archivo CSV.</translation>
    </message>
    <message>
        <source>Matching: more than %1</source>
        <extracomment>More customers match the search than were counted.</extracomment>
        <translation>Coincidencias: más de %1</translation>
    </message>
    <message>
        <source>Matching: %1</source>
        <extracomment>How many customers match the search.</extracomment>
        <translation>Coincidencias: %1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <extracomment>How many customers the partner serves.</extracomment>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <source>No customer&apos;s name or domain has a word starting with “%1”.</source>
        <translation>Ningún nombre ni dominio de cliente tiene una palabra que empiece por “%1”.</translation>
    </message>
    <message>
        <source>You have no customers yet. Request a reseller relationship, or invite new customers with a provider from the Indirect providers page.</source>
        <translation>Todavía no tiene clientes. Solicite una relación de revendedor o invite a clientes nuevos con un proveedor desde la página Proveedores indirectos.</translation>
    </message>
    <message>
        <source>You serve no customers yet. Your resellers invite customers with you from their Indirect providers page.</source>
        <translation>Todavía no atiende a ningún cliente. Sus revendedores invitan a clientes con usted desde su página Proveedores indirectos.</translation>
    </message>
    <message>
        <source>The invitation to %1 is recorded as Pending until the customer accepts it.</source>
        <translation>La invitación a %1 queda registrada como Pendiente hasta que el cliente la acepte.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>Export customers</source>
        <extracomment>Default file name of the customer list export.</extracomment>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>Exporting customers… %1 written</source>
        <translation>Exportando clientes… %1 escritos</translation>
    </message>
    <message>
        <source>The customers are exported to %1.</source>
        <translation>Los clientes se exportaron a %1.</translation>
    </message>
    <message>
        <source>The customers you are a reseller of record for. Select a customer to manage its account, services, users and licenses below the list.</source>
        <translation>Los clientes de los que es revendedor de registro. Seleccione un cliente para administrar, debajo de la lista, su cuenta, servicios, usuarios y licencias.</translation>
    </message>
    <message>
        <source>The customers you serve as indirect provider with one of your resellers. Select a customer to see its account and to order for it below the list.</source>
        <translation>Los clientes a los que atiende como proveedor indirecto con uno de sus revendedores. Seleccione un cliente para ver, debajo de la lista, su cuenta y realizar pedidos para él.</translation>
    </message>
    <message>
        <source>Select a customer in the list to see its account, services, users and licenses here.</source>
        <translation>Seleccione un cliente en la lista para ver aquí su cuenta, servicios, usuarios y licencias.</translation>
    </message>
    <message>
        <source>Customer list and details</source>
        <translation>Lista de clientes y detalles</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The changes to the account of %1 are not saved. Discard them?</source>
        <translation>Los cambios en la cuenta de %1 no están guardados. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>Invi&amp;taciones</translation>
    </message>
    <message>
        <source>Counting…</source>
        <extracomment>While the customers that match are counted.</extracomment>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is not a PartnerDesk workspace.</source>
        <translation>El archivo %1 no es un área de trabajo de PartnerDesk.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer PartnerDesk (schema version %2); this version reads up to schema version %3. Update PartnerDesk to open it.</source>
        <translation>El área de trabajo %1 se escribió con una versión más reciente de PartnerDesk (versión de esquema %2); esta versión lee hasta la versión de esquema %3. Actualice PartnerDesk para abrirla.</translation>
    </message>
    <message>
        <source>The workspace could not be backed up before its upgrade, so it was left as it was: %1</source>
        <translation>No se pudo hacer una copia de seguridad del área de trabajo antes de actualizarla, por lo que se dejó como estaba: %1</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to schema version %1: %2</source>
        <translation>No se pudo actualizar el área de trabajo a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>The workspace is busy or read-only, so it could not be upgraded; nothing was changed.</source>
        <translation>El área de trabajo está ocupada o es de solo lectura, por lo que no se pudo actualizar; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be created: %2</source>
        <translation>No se pudo crear el área de trabajo %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is busy: another program, or another PartnerDesk, holds it locked. Nothing was changed; close that program or wait, then open the workspace again.</source>
        <translation>El área de trabajo %1 está ocupada: otro programa, u otro PartnerDesk, la tiene bloqueada. No se cambió nada; cierre ese programa o espere y vuelva a abrir el área de trabajo.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only for you: PartnerDesk needs to write to the file and to its folder. Nothing was changed.</source>
        <translation>El área de trabajo %1 es de solo lectura para usted: PartnerDesk necesita escribir en el archivo y en su carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be read: the disk reported an input/output error. Nothing was changed; copy the file to another disk and open the copy.</source>
        <translation>No se pudo leer el área de trabajo %1: el disco notificó un error de entrada/salida. No se cambió nada; copie el archivo a otro disco y abra la copia.</translation>
    </message>
    <message>
        <source>The disk holding the workspace %1 is full. Nothing was changed; free some space, then open the workspace again.</source>
        <translation>El disco que contiene el área de trabajo %1 está lleno. No se cambió nada; libere espacio y vuelva a abrir el área de trabajo.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened: the file or its folder can&apos;t be reached, or you may not open it.</source>
        <translation>No se pudo abrir el área de trabajo %1: no se puede acceder al archivo o a su carpeta, o no tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened (SQLite error %2).</source>
        <translation>No se pudo abrir el área de trabajo %1 (error de SQLite %2).</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged, so it was not opened and nothing in it was changed. No backup of it was found in its folder.</source>
        <translation>El área de trabajo %1 está dañada, así que no se abrió y no se cambió nada en ella. No se encontró ninguna copia de seguridad en su carpeta.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged, so it was not opened and nothing in it was changed. Its newest backup is %2: to go back to it, close PartnerDesk, move the damaged file aside and copy the backup in its place.</source>
        <translation>El área de trabajo %1 está dañada, así que no se abrió y no se cambió nada en ella. Su copia de seguridad más reciente es %2: para volver a ella, cierre PartnerDesk, aparte el archivo dañado y copie la copia de seguridad en su lugar.</translation>
    </message>
    <message>
        <source>The workspace %1 was not opened: %2 is not a file of yours that can be made private, so others could read or change what PartnerDesk writes. Nothing was changed; keep workspaces in a folder only you can write to.</source>
        <translation>No se abrió el área de trabajo %1: %2 no es un archivo suyo que se pueda hacer privado, así que otros podrían leer o cambiar lo que escribe PartnerDesk. No se cambió nada; guarde las áreas de trabajo en una carpeta en la que solo usted pueda escribir.</translation>
    </message>
    <message>
        <source>This PartnerDesk can&apos;t open shared workspaces: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Este PartnerDesk no puede abrir áreas de trabajo compartidas: no está instalado el controlador PostgreSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database %1 sorts text by a language&apos;s rules; a shared workspace needs the C collation. Ask the server&apos;s administrator to create it with --locale=C (see &quot;Set up a server&quot; in PartnerDesk&apos;s README). Nothing was changed.</source>
        <translation>La base de datos %1 ordena el texto según las reglas de un idioma; un área de trabajo compartida necesita la intercalación C. Pida al administrador del servidor que la cree con --locale=C (consulte «Set up a server» en el README de PartnerDesk). No se cambió nada.</translation>
    </message>
    <message>
        <source>The database %1 holds another application&apos;s tables, not a PartnerDesk workspace. Nothing was changed.</source>
        <translation>La base de datos %1 contiene tablas de otra aplicación, no un área de trabajo de PartnerDesk. No se cambió nada.</translation>
    </message>
    <message>
        <source>The workspace needs an upgrade that its owner %1 may not make: the owner creates a database login for each person, which takes the CREATEROLE attribute. Ask the server&apos;s administrator to run ALTER ROLE %1 CREATEROLE. Nothing was changed.</source>
        <translation>El área de trabajo necesita una actualización que su propietario %1 no puede hacer: el propietario crea un inicio de sesión de base de datos para cada persona, lo que requiere el atributo CREATEROLE. Pida al administrador del servidor que ejecute ALTER ROLE %1 CREATEROLE. No se cambió nada.</translation>
    </message>
    <message>
        <source>Only a shared workspace that is open has database logins.</source>
        <translation>Solo un área de trabajo compartida abierta tiene inicios de sesión de base de datos.</translation>
    </message>
    <message>
        <source>The shared workspace %1 refused your own database login %2, so you were not signed in: %3 Ask an administrator of your organization to reset your password.</source>
        <translation>El área de trabajo compartida %1 rechazó su propio inicio de sesión de base de datos %2, por lo que no se inició su sesión: %3 Pida a un administrador de su organización que restablezca su contraseña.</translation>
    </message>
    <message>
        <source>The shared workspace %1 needs an upgrade to schema version %2, which only its owner may make. Ask the server&apos;s administrator to open it once with this PartnerDesk and the owner&apos;s address. Nothing was changed.</source>
        <translation>El área de trabajo compartida %1 necesita una actualización a la versión de esquema %2, que solo puede hacer su propietario. Pida al administrador del servidor que la abra una vez con este PartnerDesk y la dirección del propietario. No se cambió nada.</translation>
    </message>
    <message>
        <source>A shared workspace is backed up on its server, with PostgreSQL&apos;s own tools such as pg_dump. Ask the server&apos;s administrator.</source>
        <translation>Las copias de seguridad de un área de trabajo compartida se hacen en su servidor, con las herramientas propias de PostgreSQL como pg_dump. Consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>Choose another file than the workspace itself for its backup.</source>
        <translation>Elija para la copia de seguridad un archivo distinto del área de trabajo.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>No se pudo escribir la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>No se pudo leer el área de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <source>Open shared workspace</source>
        <translation>Abrir área de trabajo compartida</translation>
    </message>
    <message>
        <source>Workspace: %1 (PostgreSQL)
Database user: %2</source>
        <translation>Área de trabajo: %1 (PostgreSQL)
Usuario de la base de datos: %2</translation>
    </message>
    <message>
        <source>Database &amp;password:</source>
        <translation>&amp;Contraseña de la base de datos:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Filter by name, Partner ID or country</source>
        <translation>Filtrar por nombre, Id. de partner o país</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Indirect providers</source>
        <translation>Proveedores indirectos</translation>
    </message>
    <message>
        <source>MPN profiles</source>
        <translation>Perfiles de MPN</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Countries served</source>
        <translation>Países atendidos</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Servicios ofrecidos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Linked partner account</source>
        <translation>Cuenta de partner vinculada</translation>
    </message>
    <message>
        <source>&amp;Add MPN profile…</source>
        <translation>Agregar &amp;perfil de MPN…</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Cambiar el es&amp;tado…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Status of the MPN profile %1:</source>
        <translation>Estado del perfil de MPN %1:</translation>
    </message>
    <message>
        <source>Add &amp;provider…</source>
        <translation>Agregar p&amp;roveedor…</translation>
    </message>
    <message>
        <source>Add an official indirect provider with its tenant, first user and listing</source>
        <translation>Agregar un proveedor indirecto oficial con su inquilino, su primer usuario y su ficha</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>Rea&amp;ctivar</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>Make the provider active again, so that resellers find it</source>
        <translation>Volver a activar el proveedor para que los revendedores lo encuentren</translation>
    </message>
    <message>
        <source>Suspend the provider with a reason its primary contact reads; resellers no longer find it</source>
        <translation>Suspender el proveedor con un motivo que leerá su contacto principal; los revendedores dejarán de encontrarlo</translation>
    </message>
    <message>
        <source>Why is %1 suspended? Its primary contact reads this reason. Resellers no longer find a suspended provider, and it can&apos;t invite anyone.</source>
        <translation>¿Por qué se suspende a %1? Su contacto principal leerá este motivo. Los revendedores no encuentran a un proveedor suspendido, y este no puede invitar a nadie.</translation>
    </message>
    <message>
        <source>Suspend provider</source>
        <translation>Suspender el proveedor</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspender</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>%1 is already taken. Try another prefix.</source>
        <translation>%1 ya está en uso. Pruebe con otro prefijo.</translation>
    </message>
    <message>
        <source>the organization name</source>
        <translation>el nombre de la organización</translation>
    </message>
    <message>
        <source>the administrator&apos;s name</source>
        <translation>el nombre del administrador</translation>
    </message>
    <message>
        <source>This workspace already has a program administrator. Sign in as that administrator to add others.</source>
        <translation>Esta área de trabajo ya tiene un administrador del programa. Inicie sesión como ese administrador para agregar otros.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again after %1.</source>
        <translation>Esta cuenta está bloqueada tras demasiados intentos de inicio de sesión fallidos. Vuelva a intentarlo después de %1.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator of your organization to enable it.</source>
        <translation>Esta cuenta está deshabilitada. Pida a un administrador de su organización que la habilite.</translation>
    </message>
    <message>
        <source>Enter your user name, such as someone@example.onmicrosoft.com.</source>
        <translation>Escriba su nombre de usuario, como alguien@example.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Your user no longer exists in this workspace.</source>
        <translation>Su usuario ya no existe en esta área de trabajo.</translation>
    </message>
    <message>
        <source>Your user has been disabled.</source>
        <translation>Su usuario se ha deshabilitado.</translation>
    </message>
    <message>
        <source>Your organization no longer exists in this workspace.</source>
        <translation>Su organización ya no existe en esta área de trabajo.</translation>
    </message>
    <message>
        <source>Enter your Partner Membership Center user name.</source>
        <translation>Escriba su nombre de usuario del Partner Membership Center.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Sign in to Partner Membership Center first.</source>
        <translation>Inicie sesión primero en el Partner Membership Center.</translation>
    </message>
    <message>
        <source>The password is incorrect, and this account is now locked after too many failed sign-ins. Try again after %1.</source>
        <translation>La contraseña no es correcta y la cuenta queda bloqueada por demasiados intentos de inicio de sesión fallidos. Vuelva a intentarlo después de %1.</translation>
    </message>
    <message>
        <source>A program administrator can only be created in an empty workspace.</source>
        <translation>Solo se puede crear un administrador del programa en un área de trabajo vacía.</translation>
    </message>
    <message>
        <source>The Partner ID %1 already belongs to %2.</source>
        <translation>El Id. de partner %1 ya pertenece a %2.</translation>
    </message>
    <message>
        <source>No MPN profile has the Partner ID %1.</source>
        <translation>Ningún perfil de MPN tiene el Id. de partner %1.</translation>
    </message>
    <message>
        <source>No MPN profile has the Partner ID %1. Add the profile on the MPN profiles tab first.</source>
        <translation>Ningún perfil de MPN tiene el Id. de partner %1. Agregue primero el perfil en la pestaña Perfiles de MPN.</translation>
    </message>
    <message>
        <source>The MPN profile %1 (%2) is %3. Only an active profile can be linked to a provider.</source>
        <translation>El perfil de MPN %1 (%2) está %3. Solo se puede vincular un perfil activo a un proveedor.</translation>
    </message>
    <message>
        <source>The MPN profile %1 is located in %2, but the provider&apos;s tenant is in %3. Choose %2 for the tenant, or a profile located in %3.</source>
        <translation>El perfil de MPN %1 se encuentra en %2, pero el inquilino del proveedor está en %3. Seleccione %2 para el inquilino o un perfil que se encuentre en %3.</translation>
    </message>
    <message>
        <source>Choose at least one country/region the provider serves.</source>
        <translation>Elija al menos un país o región al que preste servicio el proveedor.</translation>
    </message>
    <message>
        <source>the name resellers contact</source>
        <translation>el nombre de contacto para los revendedores</translation>
    </message>
    <message>
        <source>The provider&apos;s listing could not be read back.</source>
        <translation>No se pudo volver a leer la ficha del proveedor.</translation>
    </message>
    <message>
        <source>Welcome to the Cloud Solution Provider program, %1</source>
        <translation>Le damos la bienvenida al programa Proveedor de soluciones en la nube (CSP), %1</translation>
    </message>
    <message>
        <source>Hello %1,

%2 (Partner ID %3) is now an official indirect provider in the Cloud Solution Provider program, and its partner account is active.

Its tenant is %4. The first user, %5, is a Global administrator of the tenant and an Admin agent of the partner account; your program administrator gives them their password. Sign in to PartnerDesk as %5 to add users and invite resellers.

Resellers in %6 find %2 under Find a provider.</source>
        <translation>Hola, %1:

%2 (Id. de partner %3) es ahora proveedor indirecto oficial en el programa Proveedor de soluciones en la nube (CSP) y su cuenta de partner está activa.

Su inquilino es %4. El primer usuario, %5, es administrador global del inquilino y agente de administración de la cuenta de partner; el administrador del programa le proporciona su contraseña. Inicie sesión en PartnerDesk como %5 para agregar usuarios e invitar a revendedores.

Los revendedores de %6 encuentran a %2 en Buscar un proveedor.</translation>
    </message>
    <message>
        <source>The indirect provider no longer exists in this workspace.</source>
        <translation>El proveedor indirecto ya no existe en esta área de trabajo.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 ya tiene el estado %2.</translation>
    </message>
    <message>
        <source>%1 is %2. Only an active provider can be suspended, and only a suspended one reinstated.</source>
        <translation>%1 tiene el estado %2. Solo se puede suspender un proveedor activo, y solo se puede reactivar uno suspendido.</translation>
    </message>
    <message>
        <source>Enter the reason for suspending %1: its primary contact reads it.</source>
        <translation>Escriba el motivo de la suspensión de %1: su contacto principal lo leerá.</translation>
    </message>
    <message>
        <source>Partner account of %1: %2</source>
        <translation>Cuenta de partner de %1: %2</translation>
    </message>
    <message>
        <source>Hello %1,

The indirect provider account of %2 (Partner ID %3) is suspended. Until it is reinstated, resellers don&apos;t find %2 under Find a provider, and it can&apos;t invite resellers or customers.

Reason: %4</source>
        <translation>Hola, %1:

La cuenta de proveedor indirecto de %2 (Id. de partner %3) está suspendida. Hasta que se reactive, los revendedores no encontrarán a %2 en Buscar un proveedor, y no podrá invitar a revendedores ni a clientes.

Motivo: %4</translation>
    </message>
    <message>
        <source>Hello %1,

The indirect provider account of %2 (Partner ID %3) is active again. Resellers find it under Find a provider, and it can invite resellers and customers.</source>
        <translation>Hola, %1:

La cuenta de proveedor indirecto de %2 (Id. de partner %3) vuelve a estar activa. Los revendedores encuentran a %2 en Buscar un proveedor, y puede invitar a revendedores y a clientes.</translation>
    </message>
    <message>
        <source>The code is incorrect, and this account is now locked after too many failed sign-ins. Try again after %1.</source>
        <translation>El código no es correcto y la cuenta queda bloqueada por demasiados intentos de inicio de sesión fallidos. Vuelva a intentarlo después de %1.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect. Try again.</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación o uno de sus códigos de recuperación.</translation>
    </message>
    <message>
        <source>%1 requires two-step verification. Set it up to finish signing in.</source>
        <translation>%1 exige la verificación en dos pasos. Configúrela para terminar de iniciar sesión.</translation>
    </message>
    <message>
        <source>This code has already been used. Wait for the next code in your app and enter that one.</source>
        <translation>Este código ya se ha usado. Espere al siguiente código de su aplicación y escriba ese.</translation>
    </message>
    <message>
        <source>The code is incorrect. Enter the code your app shows now, or an unused recovery code.</source>
        <translation>El código no es correcto. Escriba el código que muestra ahora su aplicación o un código de recuperación sin usar.</translation>
    </message>
    <message>
        <source>The Partner Membership Center user name or password is incorrect. Try again.</source>
        <translation>El nombre de usuario o la contraseña del Partner Membership Center no son correctos. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Partner Membership Center account %1 changed meanwhile. Try again.</source>
        <translation>La cuenta del Partner Membership Center %1 cambió mientras tanto. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Two-step verification isn&apos;t required to sign in. Set it up from User management once signed in.</source>
        <translation>La verificación en dos pasos no es necesaria para iniciar sesión. Configúrela desde Administración de usuarios una vez iniciada la sesión.</translation>
    </message>
    <message>
        <source>Your user has been disabled or removed.</source>
        <translation>Su usuario se ha deshabilitado o quitado.</translation>
    </message>
    <message>
        <source>Your sign-in to Partner Membership Center has ended (it lasts two hours). Sign in to it again.</source>
        <translation>Su sesión en Partner Membership Center ha finalizado (dura dos horas). Vuelva a iniciar sesión en él.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Enrollment submitted</source>
        <translation>Inscripción enviada</translation>
    </message>
    <message>
        <source>&lt;p&gt;The partner account of &lt;b&gt;%1&lt;/b&gt; is &lt;b&gt;%2&lt;/b&gt;. You are its first Admin agent.&lt;/p&gt;&lt;p&gt;What happens next:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;We sent a verification code to %3. %5 Then enter the code on your Home page.&lt;/li&gt;&lt;li&gt;We review and verify the information you provided; this can take several days.&lt;/li&gt;&lt;li&gt;We email the primary contact when the account is approved. Then you can connect with indirect providers and invite customers. You can add users right away.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Finish signs you in as %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La cuenta de partner de &lt;b&gt;%1&lt;/b&gt; es &lt;b&gt;%2&lt;/b&gt;. Usted es su primer agente de administración.&lt;/p&gt;&lt;p&gt;Qué ocurre a continuación:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Enviamos un código de verificación a %3. %5 Después, escriba el código en su página de inicio.&lt;/li&gt;&lt;li&gt;Revisamos y verificamos la información que proporcionó; puede tardar varios días.&lt;/li&gt;&lt;li&gt;Enviamos un correo electrónico al contacto principal cuando se apruebe la cuenta. Entonces podrá conectarse con proveedores indirectos e invitar a clientes. Puede agregar usuarios desde ya.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Finalizar inicia su sesión como %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>Para: %1
Asunto: %2

%3</translation>
    </message>
    <message>
        <source>No email program opened the message. Use Copy and paste it into a new email.</source>
        <translation>Ningún programa de correo electrónico abrió el mensaje. Use Copiar y péguelo en un correo electrónico nuevo.</translation>
    </message>
    <message>
        <source>your email program</source>
        <translation>su programa de correo electrónico</translation>
    </message>
</context>
<context>
    <name>EmailVerificationPanel</name>
    <message>
        <source>Verify your email address</source>
        <translation>Verifique su dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>&amp;Código de verificación:</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Veri&amp;ficar</translation>
    </message>
    <message>
        <source>&amp;Send a new code</source>
        <translation>&amp;Enviar un código nuevo</translation>
    </message>
    <message>
        <source>Send a new code to the primary contact; earlier codes stop working</source>
        <translation>Enviar un código nuevo al contacto principal; los códigos anteriores dejan de funcionar</translation>
    </message>
    <message>
        <source>We sent a new code to %1. Enter that code; earlier codes no longer work.</source>
        <translation>Enviamos un código nuevo a %1. Escriba ese código; los anteriores ya no funcionan.</translation>
    </message>
    <message>
        <source>We sent a verification code to %1. %2 Enter the code here and select Verify.</source>
        <extracomment>%2 says where the message is (the mail drop folder).</extracomment>
        <translation>Enviamos un código de verificación a %1. %2 Escriba aquí el código y seleccione Verificar.</translation>
    </message>
</context>
<context>
    <name>EnrollmentReviewsPage</name>
    <message>
        <source>Enrollment reviews</source>
        <translation>Revisiones de inscripción</translation>
    </message>
    <message>
        <source>Partners whose primary contact verified their email wait here for a decision. Check the results of the automatic checks, then approve the application or reject it with a reason the primary contact reads.</source>
        <translation>Aquí esperan una decisión los partners cuyo contacto principal verificó su correo electrónico. Revise los resultados de las comprobaciones automáticas y apruebe la solicitud o recházela con un motivo que leerá el contacto principal.</translation>
    </message>
    <message>
        <source>No applications are waiting for review.</source>
        <translation>No hay solicitudes pendientes de revisión.</translation>
    </message>
    <message>
        <source>Applications under review</source>
        <translation>Solicitudes en revisión</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>Nombre legal de la empresa</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation>Comprobaciones superadas</translation>
    </message>
    <message>
        <source>Tenant domain:</source>
        <translation>Dominio del inquilino:</translation>
    </message>
    <message>
        <source>Legal address:</source>
        <translation>Dirección legal:</translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation>Contacto principal:</translation>
    </message>
    <message>
        <source>Customer support:</source>
        <translation>Soporte técnico al cliente:</translation>
    </message>
    <message>
        <source>MPN organization:</source>
        <translation>Organización de MPN:</translation>
    </message>
    <message>
        <source>A&amp;utomatic checks:</source>
        <translation>Comprobaciones au&amp;tomáticas:</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>Comprobaciones automáticas</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Make the partner account Active and message its primary contact</source>
        <translation>Activar la cuenta de partner y enviar un mensaje a su contacto principal</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Reject the application with a reason the primary contact reads</source>
        <translation>Rechazar la solicitud con un motivo que leerá el contacto principal</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Application of %1</source>
        <translation>Solicitud de %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first and last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (Partner ID %2, %3, %4)</source>
        <translation>%1 (Id. de partner %2, %3, %4)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>No superada</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <source>Why is the application of %1 rejected? The primary contact reads this reason.</source>
        <translation>¿Por qué se rechaza la solicitud de %1? El contacto principal leerá este motivo.</translation>
    </message>
    <message>
        <source>%1 is now %2; its primary contact was messaged.</source>
        <translation>%1 tiene ahora el estado %2; se envió un mensaje a su contacto principal.</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>%1 is not a Global administrator of %2. Only a Global administrator of the tenant can enroll it; sign in as one, or create a new tenant.</source>
        <translation>%1 no es administrador global de %2. Solo un administrador global del inquilino puede inscribirlo; inicie sesión como uno de ellos o cree un inquilino nuevo.</translation>
    </message>
    <message>
        <source>The program tenant can&apos;t enroll as a partner.</source>
        <translation>El inquilino del programa no puede inscribirse como partner.</translation>
    </message>
    <message>
        <source>%1 already has a partner account (%2). A tenant holds one partner account.</source>
        <translation>%1 ya tiene una cuenta de partner (%2). Un inquilino tiene una sola cuenta de partner.</translation>
    </message>
    <message>
        <source>Choose one of the organization profiles of the Partner Membership Center account you signed in to.</source>
        <translation>Elija uno de los perfiles de organización de la cuenta de Partner Membership Center con la que inició sesión.</translation>
    </message>
    <message>
        <source>Sign in to Partner Membership Center first.</source>
        <translation>Inicie sesión primero en el Partner Membership Center.</translation>
    </message>
    <message>
        <source>Verify your email address for the partner account of %1</source>
        <translation>Verifique su dirección de correo electrónico para la cuenta de partner de %1</translation>
    </message>
    <message>
        <source>Hello %1,

%2 is enrolling in the Cloud Solution Provider program as an indirect reseller and named you its primary contact. To confirm that you signed up for a partner account and that this email address belongs to your organization, enter this code on the Home page of PartnerDesk:

    %3

The code expires on %4. If you didn&apos;t expect this message, you can ignore it.</source>
        <translation>Hola, %1:

%2 se está inscribiendo en el programa Proveedor de soluciones en la nube (CSP) como revendedor indirecto y le ha designado como su contacto principal. Para confirmar que se registró para una cuenta de partner y que esta dirección de correo electrónico pertenece a su organización, escriba este código en la página de inicio de PartnerDesk:

    %3

El código caduca el %4. Si no esperaba este mensaje, puede ignorarlo.</translation>
    </message>
    <message>
        <source>The email of %1 is already verified; the account is %2.</source>
        <translation>El correo electrónico de %1 ya está verificado; la cuenta tiene el estado %2.</translation>
    </message>
    <message>
        <source>Verification is locked after %1 wrong codes. Send a new code and enter that one.</source>
        <translation>La verificación está bloqueada tras %1 códigos incorrectos. Envíe un código nuevo y escriba ese.</translation>
    </message>
    <message>
        <source>The code has expired. Send a new code and enter that one.</source>
        <translation>El código ha caducado. Envíe un código nuevo y escriba ese.</translation>
    </message>
    <message>
        <source>The code is incorrect. Verification is now locked after %1 wrong codes: send a new code and enter that one.</source>
        <translation>El código no es correcto. La verificación queda bloqueada tras %1 códigos incorrectos: envíe un código nuevo y escriba ese.</translation>
    </message>
    <message>
        <source>Partner account of %1: %2</source>
        <translation>Cuenta de partner de %1: %2</translation>
    </message>
    <message>
        <source>Your email address is verified. We are now reviewing the information you provided; this can take several days. We&apos;ll email you when the review is complete.</source>
        <translation>Su dirección de correo electrónico está verificada. Ahora estamos revisando la información que proporcionó; esto puede tardar varios días. Le enviaremos un correo electrónico cuando termine la revisión.</translation>
    </message>
    <message>
        <source>Your partner account is ready to use. Its Admin agents can now add users, connect with indirect providers and invite customers.</source>
        <translation>Su cuenta de partner está lista para usarse. Sus agentes de administración ya pueden agregar usuarios, conectarse con proveedores indirectos e invitar a clientes.</translation>
    </message>
    <message>
        <source>We could not approve the application. Reason: %1</source>
        <translation>No pudimos aprobar la solicitud. Motivo: %1</translation>
    </message>
    <message>
        <source>The partner account is suspended. Reason: %1</source>
        <translation>La cuenta de partner está suspendida. Motivo: %1</translation>
    </message>
    <message>
        <source>Enter the verification code we sent you on the Home page of PartnerDesk.</source>
        <translation>Escriba en la página de inicio de PartnerDesk el código de verificación que le enviamos.</translation>
    </message>
    <message>
        <source>Hello %1,

The status of the partner account of %2 (Partner ID %3) is now: %4.

%5</source>
        <translation>Hola, %1:

El estado de la cuenta de partner de %2 (Id. de partner %3) es ahora: %4.

%5</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>La solicitud ya no existe.</translation>
    </message>
    <message>
        <source>Primary contact&apos;s email domain</source>
        <translation>Dominio del correo electrónico del contacto principal</translation>
    </message>
    <message>
        <source>%1 matches the organization&apos;s web site or tenant domain.</source>
        <translation>%1 coincide con el sitio web de la organización o con el dominio del inquilino.</translation>
    </message>
    <message>
        <source>%1 matches neither the web site (%2) nor the tenant domain (%3).</source>
        <translation>%1 no coincide ni con el sitio web (%2) ni con el dominio del inquilino (%3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Legal name and MPN organization</source>
        <translation>Nombre legal y organización de MPN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot;</source>
        <translation>«%1» y «%2»</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Tenant: %1; legal address: %2; MPN profile: %3.</source>
        <translation>Inquilino: %1; dirección legal: %2; perfil de MPN: %3.</translation>
    </message>
    <message>
        <source>Enter the reason for the rejection: the primary contact reads it.</source>
        <translation>Escriba el motivo del rechazo: el contacto principal lo leerá.</translation>
    </message>
    <message>
        <source>%1 is %2, not under review, so there is nothing to decide.</source>
        <translation>%1 tiene el estado %2, no está en revisión, así que no hay nada que decidir.</translation>
    </message>
    <message>
        <source>%1 is already an indirect reseller.</source>
        <translation>%1 ya es revendedor indirecto.</translation>
    </message>
    <message>
        <source>%1 is now an indirect reseller</source>
        <translation>%1 es ahora revendedor indirecto</translation>
    </message>
    <message>
        <source>Hello %1,

%2 (Partner ID %3) now also resells as an indirect reseller in the Cloud Solution Provider program. Customers reach its reseller support at %4, %5.</source>
        <translation>Hola, %1:

%2 (Id. de partner %3) ahora también revende como revendedor indirecto en el programa Proveedor de soluciones en la nube (CSP). Los clientes se comunican con su soporte técnico de revendedor en %4, %5.</translation>
    </message>
    <message>
        <source>%1 codes were sent in the last 24 hours, the most there can be. You can send a new code after %2.</source>
        <translation>Se enviaron %1 códigos en las últimas 24 horas, el máximo permitido. Podrá enviar un código nuevo después de %2.</translation>
    </message>
    <message>
        <source>A verification code was sent to %1. The code is not kept in PartnerDesk; it expires on %2.</source>
        <translation>Se envió un código de verificación a %1. PartnerDesk no guarda el código; caduca el %2.</translation>
    </message>
    <message>
        <source>The code is incorrect. Check the message sent to %1; %2 tries left.</source>
        <translation>El código no es correcto. Revise el mensaje enviado a %1; quedan %2 intentos.</translation>
    </message>
    <message>
        <source>the primary contact</source>
        <translation>el contacto principal</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Enroll as an indirect reseller</source>
        <translation>Inscribirse como revendedor indirecto</translation>
    </message>
    <message>
        <source>Cancel enrolling?</source>
        <translation>¿Cancelar la inscripción?</translation>
    </message>
    <message>
        <source>What you entered for this enrollment is not kept, and nothing is enrolled.</source>
        <translation>Lo que ha escrito para esta inscripción no se guarda y no se inscribe nada.</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Descartar y cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep enrolling</source>
        <translation>&amp;Seguir con la inscripción</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Global administrator</source>
        <translation>Administrador global</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Revendedor indirecto</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Proveedor indirecto</translation>
    </message>
    <message>
        <source>Admin agent</source>
        <translation>Agente de administración</translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation>Agente de ventas</translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation>Agente del departamento de soporte técnico</translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation>Administrador de facturación</translation>
    </message>
    <message>
        <source>Pending email verification</source>
        <translation>Pendiente de verificación de correo electrónico</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Email ownership</source>
        <translation>Propiedad del correo electrónico</translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation>Dominio de correo electrónico</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>Verificación de la empresa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>MPN profile status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>MPN profile status</comment>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>MPN profile status</comment>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>Soporte técnico al cliente</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <source>Marketing help</source>
        <translation>Ayuda con la comercialización</translation>
    </message>
    <message>
        <source>Financing and credit terms</source>
        <translation>Términos de financiación y crédito</translation>
    </message>
    <message>
        <source>Customer of the reseller</source>
        <translation>Cliente del revendedor</translation>
    </message>
    <message>
        <source>Customer of the reseller and its provider</source>
        <translation>Cliente del revendedor y de su proveedor</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Per license</source>
        <translation>Por licencia</translation>
    </message>
    <message>
        <source>Usage-based</source>
        <translation>Basado en el uso</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 años</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>Suscripción nueva</translation>
    </message>
    <message>
        <source>Add licenses</source>
        <translation>Agregar licencias</translation>
    </message>
    <message>
        <source>Remove licenses</source>
        <translation>Quitar licencias</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Cancelar suscripción</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Own marketing</source>
        <translation>Marketing propio</translation>
    </message>
    <message>
        <source>Microsoft referral</source>
        <translation>Referencia de Microsoft</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of an invitation (feminine in Spanish)</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>status of an invitation (feminine in Spanish)</comment>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>status of an invitation (feminine in Spanish)</comment>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>status of an invitation (feminine in Spanish)</comment>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of an order request (feminine in Spanish)</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <comment>status of an order request (feminine in Spanish)</comment>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>status of an order request (feminine in Spanish)</comment>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>New</source>
        <comment>status of a referral (feminine in Spanish)</comment>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>status of a referral (feminine in Spanish)</comment>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>status of a referral (feminine in Spanish)</comment>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>status of a referral (feminine in Spanish)</comment>
        <translation>Perdida</translation>
    </message>
</context>
<context>
    <name>FindProviderPage</name>
    <message>
        <source>Find a provider</source>
        <translation>Buscar un proveedor</translation>
    </message>
    <message>
        <source>Different indirect providers offer different support and services: evaluate the providers in your area to find the ones that best meet your needs. When you find one you want to partner with, contact them to discuss their reseller program, level of support and terms; they then email you an invitation to accept.</source>
        <translation>Cada proveedor indirecto ofrece un soporte técnico y unos servicios distintos: evalúe los proveedores de su zona para encontrar los que mejor se adapten a sus necesidades. Cuando encuentre uno con el que quiera asociarse, póngase en contacto con él para hablar de su programa de revendedores, su nivel de soporte técnico y sus condiciones; después, le enviará por correo electrónico una invitación para que la acepte.</translation>
    </message>
    <message>
        <source>Providers serving &amp;resellers in:</source>
        <translation>Proveedores que atienden a &amp;revendedores en:</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Qué ofrecen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Países atendidos</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Servicios ofrecidos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Contact by email…</source>
        <translation>&amp;Contactar por correo electrónico…</translation>
    </message>
    <message>
        <source>No official provider serves resellers in %1.</source>
        <translation>Ningún proveedor oficial atiende a revendedores en %1.</translation>
    </message>
    <message>
        <source>No official provider serves resellers in %1 with every service chosen. Clear some of them to see more providers.</source>
        <translation>Ningún proveedor oficial atiende a revendedores en %1 con todos los servicios elegidos. Desactive algunos para ver más proveedores.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Sitio web: %1</translation>
    </message>
    <message>
        <source>Reseller program of %1</source>
        <translation>Programa de revendedores de %1</translation>
    </message>
    <message>
        <source>Hello %1,

We are %2 (Partner ID %3), an indirect reseller in %4. We would like to discuss your reseller program, your level of support and your terms, and to connect our accounts in the Cloud Solution Provider program.

Kind regards,
%5</source>
        <translation>Hola, %1:

Somos %2 (Id. de partner %3), revendedor indirecto en %4. Nos gustaría hablar de su programa de revendedores, su nivel de soporte técnico y sus condiciones, así como conectar nuestras cuentas en el programa Proveedor de soluciones en la nube (CSP).

Saludos cordiales,
%5</translation>
    </message>
    <message>
        <source>%1 (already your provider)</source>
        <translation>%1 (ya es su proveedor)</translation>
    </message>
    <message>
        <source>Puts a message to %1 on the clipboard: no email program is set up on this computer.</source>
        <translation>Copia en el portapapeles un mensaje para %1: no hay ningún programa de correo electrónico configurado en este equipo.</translation>
    </message>
    <message>
        <source>Opens a new email to %1 in %2.</source>
        <translation>Abre un correo electrónico nuevo para %1 en %2.</translation>
    </message>
    <message>
        <source>%1 has a message to %2. Send it from there.</source>
        <translation>%1 tiene un mensaje para %2. Envíelo desde allí.</translation>
    </message>
    <message>
        <source>No email program opened, so the message to %1 (%2) is on the clipboard: paste it into a new email.</source>
        <translation>No se abrió ningún programa de correo electrónico, así que el mensaje para %1 (%2) está en el portapapeles: péguelo en un correo electrónico nuevo.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Only an Admin agent can change these details.</source>
        <translation>Solo un agente de administración puede cambiar estos datos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>You and your organization</source>
        <translation>Usted y su organización</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <source>Country/region:</source>
        <translation>País o región:</translation>
    </message>
    <message>
        <source>Directory role:</source>
        <translation>Rol de directorio:</translation>
    </message>
    <message>
        <source>Partner account</source>
        <translation>Cuenta de partner</translation>
    </message>
    <message>
        <source>Legal business name:</source>
        <translation>Nombre legal de la empresa:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>Id. de partner:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation>Sus roles:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <source>Partners serving your organization</source>
        <translation>Partners que prestan servicio a su organización</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Administers your organization</source>
        <translation>Administra su organización</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Le damos la bienvenida, %1</translation>
    </message>
    <message>
        <source>You are a program administrator of this workspace. Directory lists the official indirect providers and every MPN profile.</source>
        <translation>Usted es administrador del programa de esta área de trabajo. En Directorio se muestran los proveedores indirectos oficiales y todos los perfiles de MPN.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in the Cloud Solution Provider program and is not a customer of any partner in this workspace.</source>
        <translation>%1 no está inscrito en el programa Proveedor de soluciones en la nube (CSP) y no es cliente de ningún partner de esta área de trabajo.</translation>
    </message>
    <message>
        <source>These partners have a reseller relationship with %1.</source>
        <translation>Estos partners tienen una relación de revendedor con %1.</translation>
    </message>
    <message>
        <source>None: ask an Admin agent to give you a role.</source>
        <translation>Ninguno: pida a un agente de administración que le asigne un rol.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>You are a user of the program tenant. Only its Global administrators administer the program.</source>
        <translation>Es usuario del inquilino del programa. Solo sus administradores globales administran el programa.</translation>
    </message>
    <message>
        <source>%1 is a customer of partners in this workspace. Only its Global administrators see and manage those relationships.</source>
        <translation>%1 es cliente de partners de esta área de trabajo. Solo sus administradores globales ven y administran esas relaciones.</translation>
    </message>
    <message>
        <source>The application was rejected: %1</source>
        <translation>La solicitud se rechazó: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are not an Admin agent, so you can&apos;t finish setting up this account or add users, and the account has no Admin agent.</source>
        <translation>No es agente de administración, así que no puede terminar de configurar esta cuenta ni agregar usuarios, y la cuenta no tiene ningún agente de administración.</translation>
    </message>
    <message>
        <source>You are not an Admin agent, so you can&apos;t finish setting up this account or add users. Ask an Admin agent: %1.</source>
        <translation>No es agente de administración, así que no puede terminar de configurar esta cuenta ni agregar usuarios. Pídaselo a un agente de administración: %1.</translation>
    </message>
    <message>
        <source>Resell as an indirect reseller</source>
        <translation>Revender como revendedor indirecto</translation>
    </message>
    <message>
        <source>Already enrolled in the Cloud Solution Provider program? Create a reseller account by giving only the customer support contact information.</source>
        <translation>¿Ya está inscrito en el programa Proveedor de soluciones en la nube (CSP)? Cree una cuenta de revendedor proporcionando solo la información de contacto del soporte técnico al cliente.</translation>
    </message>
    <message>
        <source>Create &amp;reseller account…</source>
        <translation>Crear una cuenta de &amp;revendedor…</translation>
    </message>
    <message>
        <source>Your email address is verified, and the application is now under review. We&apos;ll email %1 when it is decided.</source>
        <translation>Su dirección de correo electrónico está verificada y la solicitud está ahora en revisión. Le escribiremos a %1 cuando se tome una decisión.</translation>
    </message>
</context>
<context>
    <name>IndirectPartnersPage</name>
    <message>
        <source>&amp;End relationship…</source>
        <translation>&amp;Finalizar la relación…</translation>
    </message>
    <message>
        <source>Ended on %1 by %2 (%3)</source>
        <extracomment>A relationship&apos;s status: when it ended and who ended it (a person and their company).</extracomment>
        <translation>Finalizado el %1 por %2 (%3)</translation>
    </message>
    <message>
        <source>End relationship</source>
        <translation>Finalizar la relación</translation>
    </message>
    <message>
        <source>End the relationship with %1?</source>
        <translation>¿Quiere finalizar la relación con %1?</translation>
    </message>
    <message>
        <source>&amp;End relationship</source>
        <translation>&amp;Finalizar la relación</translation>
    </message>
    <message>
        <source>The relationship with %1 has ended. It stays in the list as history.</source>
        <translation>La relación con %1 ha finalizado. Permanece en la lista como historial.</translation>
    </message>
    <message>
        <source>View c&amp;ustomers…</source>
        <translation>Ver client&amp;es…</translation>
    </message>
</context>
<context>
    <name>IndirectProvidersPage</name>
    <message>
        <source>Indirect providers</source>
        <translation>Proveedores indirectos</translation>
    </message>
    <message>
        <source>Accept &amp;invitation…</source>
        <translation>Aceptar una &amp;invitación…</translation>
    </message>
    <message>
        <source>You have no indirect provider yet. Find a provider that serves your country, contact them, and accept the invitation they email you.</source>
        <translation>Todavía no tiene ningún proveedor indirecto. Busque un proveedor que preste servicio en su país, póngase en contacto con él y acepte la invitación que le envíe por correo electrónico.</translation>
    </message>
    <message>
        <source>The providers you have a partnership with. Each may submit orders and add subscriptions on behalf of your customers, and has administrator access to your tenant.</source>
        <translation>Los proveedores con los que está asociado. Cada uno puede enviar pedidos y agregar suscripciones en nombre de sus clientes, y tiene acceso de administrador a su inquilino.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Contacto de soporte técnico</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Find a provi&amp;der</source>
        <translation>&amp;Buscar un proveedor</translation>
    </message>
    <message>
        <source>Invite new &amp;customers…</source>
        <translation>Invitar a &amp;clientes nuevos…</translation>
    </message>
    <message>
        <source>Ask a new customer to authorize reseller relationships with you and the selected provider, so that the provider can submit orders for it.</source>
        <translation>Pida a un cliente nuevo que autorice relaciones de revendedor con usted y con el proveedor seleccionado, para que el proveedor pueda enviar pedidos por él.</translation>
    </message>
    <message>
        <source>The invitation to %1 for you and %2 is recorded as Pending until the customer accepts it.</source>
        <translation>La invitación a %1 para usted y %2 queda registrada como Pendiente hasta que el cliente la acepte.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to submit orders or add subscriptions on behalf of your customers, loses administrator access to your tenant, and no longer serves or sees the customers it serves only through you. Its pending invitations to you are withdrawn. The relationship stays in the history of both sides; working together again takes a new invitation.</source>
        <translation>%1 ya no podrá enviar pedidos ni agregar suscripciones en nombre de sus clientes, pierde el acceso de administrador a su inquilino y deja de atender y de ver a los clientes que atiende solo a través de usted. Sus invitaciones pendientes para usted se retiran. La relación permanece en el historial de ambas partes; volver a trabajar juntos requiere una invitación nueva.</translation>
    </message>
</context>
<context>
    <name>IndirectResellersPage</name>
    <message>
        <source>Indirect resellers</source>
        <translation>Revendedores indirectos</translation>
    </message>
    <message>
        <source>The resellers that authorized you as their indirect provider, and the invitations you sent. Invite a reseller to email them a personalized link; it works once, for %1 days.</source>
        <translation>Los revendedores que le han autorizado como su proveedor indirecto y las invitaciones que ha enviado. Invite a un revendedor para enviarle por correo electrónico un vínculo personalizado; funciona una sola vez, durante %1 días.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Resellers</source>
        <translation>&amp;Revendedores</translation>
    </message>
    <message>
        <source>Invi&amp;tations</source>
        <translation>Invi&amp;taciones</translation>
    </message>
    <message>
        <source>&amp;Invite reseller…</source>
        <translation>&amp;Invitar a un revendedor…</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Active (account %1)</source>
        <extracomment>The relationship is active but the reseller&apos;s account is not (e.g. Suspended).</extracomment>
        <translation>Activo (estado de la cuenta: %1)</translation>
    </message>
    <message>
        <source>The invitation to %1 is recorded as Pending until they accept it.</source>
        <translation>La invitación a %1 queda registrada como Pendiente hasta que la acepte.</translation>
    </message>
    <message>
        <source>You will no longer be able to submit orders or add subscriptions for the customers of %1, lose administrator access to its tenant, and no longer serve or see the customers you serve only through %1. Your pending invitations to %1 are withdrawn. The relationship stays in the history of both sides; working together again takes a new invitation that %1 accepts.</source>
        <translation>Ya no podrá enviar pedidos ni agregar suscripciones para los clientes de %1, pierde el acceso de administrador a su inquilino y deja de atender y de ver a los clientes que atiende solo a través de %1. Sus invitaciones pendientes para %1 se retiran. La relación permanece en el historial de ambas partes; volver a trabajar juntos requiere una invitación nueva que %1 acepte.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>InvitationDraftDialog</name>
    <message>
        <source>Write the message again</source>
        <translation>Volver a escribir el mensaje</translation>
    </message>
    <message>
        <source>Write the subject and message again in %1? Your changes to them will be replaced.</source>
        <translation>¿Quiere volver a escribir el asunto y el mensaje en este idioma (%1)? Se reemplazarán los cambios que haya hecho en ellos.</translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation>&amp;Volver a escribir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The recipient, subject and message with its link are on the clipboard: paste them into a new email, then choose Done.</source>
        <translation>El destinatario, el asunto y el mensaje con su vínculo están en el portapapeles: péguelos en un correo electrónico nuevo y, después, seleccione Listo.</translation>
    </message>
    <message>
        <source>Invite a reseller</source>
        <translation>Invitar a un revendedor</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Language of the message:</source>
        <translation>&amp;Idioma del mensaje:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Personali&amp;zed link:</source>
        <translation>&amp;Vínculo personalizado:</translation>
    </message>
    <message>
        <source>name@reseller.example</source>
        <translation>nombre@revendedor.example</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;Restore text</source>
        <translation>&amp;Restaurar el texto</translation>
    </message>
    <message>
        <source>Write the subject and message again, with the link, in the language chosen.</source>
        <translation>Volver a escribir el asunto y el mensaje, con el vínculo, en el idioma elegido.</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>A&amp;brir en el correo electrónico</translation>
    </message>
    <message>
        <source>Cop&amp;y to clipboard</source>
        <translation>C&amp;opiar en el portapapeles</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The invitation is recorded as Pending when you open it in email, copy it or choose Done, and the link works once, for %1 days.</source>
        <translation>La invitación queda registrada como Pendiente cuando la abre en el correo electrónico, la copia o selecciona Listo, y el vínculo funciona una sola vez, durante %1 días.</translation>
    </message>
    <message>
        <source>Write to the indirect reseller you want to work with. The message carries a link made for this invitation: change the text around it as you like, but keep the link as it is.</source>
        <translation>Escriba al revendedor indirecto con el que quiere trabajar. El mensaje contiene un vínculo creado para esta invitación: cambie como quiera el texto que lo rodea, pero deje el vínculo tal como está.</translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation>Solicitar una relación de revendedor</translation>
    </message>
    <message>
        <source>Ask a customer to make you its reseller. The message carries a link made for this invitation: change the text around it as you like, but keep the link as it is.</source>
        <translation>Pida a un cliente que lo haga su revendedor. El mensaje contiene un vínculo creado para esta invitación: cambie como quiera el texto que lo rodea, pero deje el vínculo tal como está.</translation>
    </message>
    <message>
        <source>Invite a new customer</source>
        <translation>Invitar a un cliente nuevo</translation>
    </message>
    <message>
        <source>Ask a new customer to authorize reseller relationships with you and your indirect provider, so that the provider can submit orders for it. Keep the link in the message as it is: it is personalized for you and your provider.</source>
        <translation>Pida a un cliente nuevo que autorice relaciones de revendedor con usted y con su proveedor indirecto, para que el proveedor pueda enviar pedidos por él. Deje el vínculo del mensaje tal como está: está personalizado para usted y su proveedor.</translation>
    </message>
    <message>
        <source>name@customer.example</source>
        <translation>nombre@cliente.example</translation>
    </message>
    <message>
        <source>%1 has the message. Send it from there, then choose Done.</source>
        <translation>%1 tiene el mensaje. Envíelo desde allí y, después, seleccione Listo.</translation>
    </message>
    <message>
        <source>No email program is set up on this computer. Use Copy to clipboard and paste the message into a new email.</source>
        <translation>No hay ningún programa de correo electrónico configurado en este equipo. Use Copiar en el portapapeles y pegue el mensaje en un correo electrónico nuevo.</translation>
    </message>
    <message>
        <source>Opens the message in %1.</source>
        <translation>Abre el mensaje en %1.</translation>
    </message>
</context>
<context>
    <name>InvitationLinks</name>
    <message>
        <source>Paste the invitation link from the message you received.</source>
        <translation>Pegue el vínculo de invitación del mensaje que recibió.</translation>
    </message>
    <message>
        <source>This text is far longer than an invitation link. Copy only the link, which starts with partnerdesk://invitation/.</source>
        <translation>Este texto es mucho más largo que un vínculo de invitación. Copie solo el vínculo, que empieza por partnerdesk://invitation/.</translation>
    </message>
    <message>
        <source>This is not a PartnerDesk invitation link. Invitation links start with partnerdesk://invitation/.</source>
        <translation>Este no es un vínculo de invitación de PartnerDesk. Los vínculos de invitación empiezan por partnerdesk://invitation/.</translation>
    </message>
    <message>
        <source>This PartnerDesk link doesn&apos;t open an invitation. Invitation links start with partnerdesk://invitation/.</source>
        <translation>Este vínculo de PartnerDesk no abre ninguna invitación. Los vínculos de invitación empiezan por partnerdesk://invitation/.</translation>
    </message>
    <message>
        <source>The link ends where its invitation code should begin. Copy the whole link from the message.</source>
        <translation>El vínculo termina donde debería empezar su código de invitación. Copie el vínculo completo del mensaje.</translation>
    </message>
    <message>
        <source>The link has something added after its invitation code. Copy the link exactly as it is in the message.</source>
        <translation>El vínculo tiene algo agregado después de su código de invitación. Copie el vínculo exactamente como aparece en el mensaje.</translation>
    </message>
    <message>
        <source>The link is cut short: part of its invitation code is missing. Copy the whole link from the message; a long link may continue on the next line.</source>
        <translation>El vínculo está cortado: falta parte de su código de invitación. Copie el vínculo completo del mensaje; un vínculo largo puede continuar en la línea siguiente.</translation>
    </message>
    <message>
        <source>The link&apos;s invitation code is longer than it should be. Copy the link exactly as it is in the message.</source>
        <translation>El código de invitación del vínculo es más largo de lo que debería. Copie el vínculo exactamente como aparece en el mensaje.</translation>
    </message>
    <message>
        <source>The link contains characters that invitation links never have (only letters, digits, - and _ follow partnerdesk://invitation/). Copy the link exactly as it is in the message.</source>
        <translation>El vínculo contiene caracteres que los vínculos de invitación nunca tienen (después de partnerdesk://invitation/ solo hay letras, dígitos, - y _). Copie el vínculo exactamente como aparece en el mensaje.</translation>
    </message>
    <message>
        <source>The link was changed after it was sent: its invitation code doesn&apos;t check out. Copy the link exactly as it is in the message, or ask the sender for a new invitation.</source>
        <translation>El vínculo se cambió después de enviarse: su código de invitación no es válido. Copie el vínculo exactamente como aparece en el mensaje o pida una invitación nueva al remitente.</translation>
    </message>
</context>
<context>
    <name>InvitationMessages</name>
    <message>
        <source>%1 invites you to connect as an indirect reseller</source>
        <translation>%1 le invita a conectarse como revendedor indirecto</translation>
    </message>
    <message>
        <source>Hello,

%1 (Partner ID %2) would like to be your indirect provider in the Cloud Solution Provider program.

To accept, open this link with PartnerDesk and sign in as an Admin agent of your partner account:

%3

When you accept, you authorize %1 to submit orders and add subscriptions on behalf of your customers, and you grant it administrator access to your tenant. The link works once, until %4.

Kind regards,
%5
%1</source>
        <translation>Hola,

%1 (Id. de partner %2) quiere ser su proveedor indirecto en el programa Proveedor de soluciones en la nube (CSP).

Para aceptar, abra este vínculo con PartnerDesk e inicie sesión como agente de administración de su cuenta de partner:

%3

Al aceptar, autoriza a %1 a enviar pedidos y agregar suscripciones en nombre de sus clientes, y le concede acceso de administrador a su inquilino. El vínculo funciona una sola vez, hasta el %4.

Saludos cordiales,
%5
%1</translation>
    </message>
    <message>
        <source>%1 asks to become your reseller in the Cloud Solution Provider program</source>
        <translation>%1 le pide ser su revendedor en el programa Proveedor de soluciones en la nube (CSP)</translation>
    </message>
    <message>
        <source>Hello,

%1 (Partner ID %2) would like to become a reseller of your organization in the Cloud Solution Provider program.

To accept, open this link with PartnerDesk and sign in as a Global administrator of your organization&apos;s tenant, or create your organization&apos;s tenant there:

%3

When you accept, %1 becomes your reseller of record, with administrator access to manage your subscriptions, licenses and users on your behalf. The link works once, until %4.

Kind regards,
%5
%1</source>
        <translation>Hola,

%1 (Id. de partner %2) quiere ser revendedor de su organización en el programa Proveedor de soluciones en la nube (CSP).

Para aceptar, abra este vínculo con PartnerDesk e inicie sesión como administrador global del inquilino de su organización, o cree allí el inquilino de su organización:

%3

Al aceptar, %1 pasa a ser su revendedor de registro, con acceso de administrador para administrar sus suscripciones, licencias y usuarios en su nombre. El vínculo funciona una sola vez, hasta el %4.

Saludos cordiales,
%5
%1</translation>
    </message>
    <message>
        <source>%1 and %2 ask to become your resellers in the Cloud Solution Provider program</source>
        <translation>%1 y %2 le piden ser sus revendedores en el programa Proveedor de soluciones en la nube (CSP)</translation>
    </message>
    <message>
        <source>Hello,

%1 (Partner ID %2) and its indirect provider %6 would like to become resellers of your organization in the Cloud Solution Provider program.

To accept, open this link with PartnerDesk and sign in as a Global administrator of your organization&apos;s tenant, or create your organization&apos;s tenant there:

%3

When you accept, %1 becomes your reseller of record, with administrator access to manage your subscriptions, licenses and users on your behalf, and %6 can submit orders for you. The link works once, until %4.

Kind regards,
%5
%1</source>
        <translation>Hola,

%1 (Id. de partner %2) y su proveedor indirecto %6 quieren ser revendedores de su organización en el programa Proveedor de soluciones en la nube (CSP).

Para aceptar, abra este vínculo con PartnerDesk e inicie sesión como administrador global del inquilino de su organización, o cree allí el inquilino de su organización:

%3

Al aceptar, %1 pasa a ser su revendedor de registro, con acceso de administrador para administrar sus suscripciones, licencias y usuarios en su nombre, y %6 podrá enviar pedidos por usted. El vínculo funciona una sola vez, hasta el %4.

Saludos cordiales,
%5
%1</translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>Messages can be written in English or Spanish.</source>
        <translation>Los mensajes se pueden escribir en inglés o en español.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Escriba un asunto.</translation>
    </message>
    <message>
        <source>The subject is too long. Use at most %1 characters.</source>
        <translation>El asunto es demasiado largo. Use %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The message is too long. Use at most %1 characters.</source>
        <translation>El mensaje es demasiado largo. Use %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The invitation link in the message was changed. It is personalized for this invitation: put back %1 exactly, or use Restore text.</source>
        <translation>Se cambió el vínculo de invitación del mensaje. Está personalizado para esta invitación: vuelva a poner exactamente %1 o use Restaurar el texto.</translation>
    </message>
    <message>
        <source>The message must contain the invitation link, which is personalized for this invitation: put back %1, or use Restore text.</source>
        <translation>El mensaje debe contener el vínculo de invitación, que está personalizado para esta invitación: vuelva a poner %1 o use Restaurar el texto.</translation>
    </message>
    <message>
        <source>This invitation doesn&apos;t exist.</source>
        <translation>Esta invitación no existe.</translation>
    </message>
    <message>
        <source>This invitation is %1 already, so its message can&apos;t change. Send a new invitation.</source>
        <translation>Esta invitación ya tiene el estado %1, así que su mensaje no puede cambiar. Envíe una invitación nueva.</translation>
    </message>
    <message>
        <source>The invitation to %1 is %2 already: only a pending invitation can be revoked.</source>
        <translation>La invitación a %1 ya tiene el estado %2: solo se puede revocar una invitación pendiente.</translation>
    </message>
    <message>
        <source>This invitation link is not known in this workspace. Check that PartnerDesk has the workspace open that the invitation was sent from, or ask the sender for a new invitation.</source>
        <translation>Este vínculo de invitación no se conoce en esta área de trabajo. Compruebe que PartnerDesk tenga abierta el área de trabajo desde la que se envió la invitación o pida una invitación nueva al remitente.</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new invitation.</source>
        <translation>Esta invitación caducó el %1. Pida una invitación nueva a %2.</translation>
    </message>
    <message>
        <source>%1 withdrew this invitation on %2. Ask them for a new invitation if you still want to work together.</source>
        <translation>%1 retiró esta invitación el %2. Si todavía quieren trabajar juntos, pídale una invitación nueva.</translation>
    </message>
    <message>
        <source>The partner who sent this invitation no longer exists.</source>
        <translation>El partner que envió esta invitación ya no existe.</translation>
    </message>
    <message>
        <source>The partner account of %1 is %2, so its invitations can&apos;t be accepted for now.</source>
        <translation>La cuenta de partner de %1 tiene el estado %2, así que por ahora no se pueden aceptar sus invitaciones.</translation>
    </message>
    <message>
        <source>This invitation was already accepted, and a link works only once. Ask %1 for a new invitation if you need one.</source>
        <translation>Esta invitación ya se aceptó, y un vínculo funciona una sola vez. Si necesita una nueva, pídasela a %1.</translation>
    </message>
    <message>
        <source>Only an invitation for the reseller and its provider names a provider.</source>
        <translation>Solo una invitación para el revendedor y su proveedor indica un proveedor.</translation>
    </message>
    <message>
        <source>Choose one of your indirect providers: a customer can only be invited together with a provider that has an active relationship with you.</source>
        <translation>Elija uno de sus proveedores indirectos: solo se puede invitar a un cliente junto con un proveedor que tenga una relación activa con usted.</translation>
    </message>
    <message>
        <source>The partner account of %1 is %2, so customers can&apos;t be invited with it for now.</source>
        <translation>La cuenta de partner de %1 está en estado %2, así que por ahora no se puede invitar a clientes con él.</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>With provider</source>
        <extracomment>Column of customer invitations: the indirect provider invited with the reseller, if any.</extracomment>
        <translation>Con proveedor</translation>
    </message>
    <message>
        <source>Revo&amp;ke invitation…</source>
        <translation>Rev&amp;ocar la invitación…</translation>
    </message>
    <message>
        <source>Accepted on %1 by %2</source>
        <extracomment>An invitation&apos;s status: when it was accepted and by which company.</extracomment>
        <translation>Aceptado el %1 por %2</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Revocar la invitación</translation>
    </message>
    <message>
        <source>Revoke the invitation to %1? Its link will no longer work.</source>
        <translation>¿Quiere revocar la invitación a %1? Su vínculo dejará de funcionar.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>The invitation to %1 is revoked.</source>
        <translation>Se revocó la invitación a %1.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the system keychain refused access</source>
        <translation>el llavero del sistema denegó el acceso</translation>
    </message>
    <message>
        <source>this computer has no system keychain PartnerDesk can use (on Linux, a Secret Service such as GNOME Keyring or KWallet)</source>
        <translation>este equipo no tiene un llavero del sistema que PartnerDesk pueda usar (en Linux, un Secret Service como GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <source>the system keychain reported an error: %1</source>
        <translation>el llavero del sistema informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>LegalProfileFields</name>
    <message>
        <source>&amp;Legal business name:</source>
        <translation>Nombre &amp;legal de la empresa:</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Dirección (línea &amp;1):</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Dirección (línea &amp;2):</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>St&amp;ate or province:</source>
        <translation>Estado o &amp;provincia:</translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>Country/re&amp;gion:</source>
        <translation>País o re&amp;gión:</translation>
    </message>
    <message>
        <source>Country/region:</source>
        <translation>País o región:</translation>
    </message>
    <message>
        <source>Primary contact&apos;s first na&amp;me:</source>
        <translation>Nom&amp;bre del contacto principal:</translation>
    </message>
    <message>
        <source>Contact&apos;s first na&amp;me:</source>
        <translation>Nom&amp;bre del contacto:</translation>
    </message>
    <message>
        <source>Primary contact&apos;s las&amp;t name:</source>
        <translation>Apell&amp;idos del contacto principal:</translation>
    </message>
    <message>
        <source>Contact&apos;s las&amp;t name:</source>
        <translation>Apell&amp;idos del contacto:</translation>
    </message>
    <message>
        <source>Primary contact&apos;s &amp;email:</source>
        <translation>Correo &amp;electrónico del contacto principal:</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;email:</source>
        <translation>Co&amp;rreo electrónico del contacto:</translation>
    </message>
    <message>
        <source>Primary contact&apos;s &amp;phone:</source>
        <translation>&amp;Teléfono del contacto principal:</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;phone:</source>
        <translation>T&amp;eléfono del contacto:</translation>
    </message>
    <message>
        <source>someone@example.com</source>
        <translation>alguien@example.com</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>Primary contact&apos;s lan&amp;guage:</source>
        <translation>Idio&amp;ma del contacto principal:</translation>
    </message>
</context>
<context>
    <name>LegalProfilePage</name>
    <message>
        <source>Legal business profile</source>
        <translation>Perfil comercial legal</translation>
    </message>
</context>
<context>
    <name>LicenseService</name>
    <message>
        <source>This subscription isn&apos;t one of a customer %1 serves. Choose one from the customer&apos;s subscriptions.</source>
        <translation>Esta suscripción no pertenece a ningún cliente al que atienda %1. Elija una de las suscripciones del cliente.</translation>
    </message>
    <message>
        <source>%1 has no administrator access to the tenant of %2, so it can&apos;t manage its licenses. Ask the customer&apos;s reseller, which has delegated admin.</source>
        <translation>%1 no tiene acceso de administrador al inquilino de %2, así que no puede administrar sus licencias. Pídaselo al revendedor del cliente, que tiene administración delegada.</translation>
    </message>
    <message>
        <source>This user isn&apos;t in the tenant of %1. Choose one of its users.</source>
        <translation>Este usuario no está en el inquilino de %1. Elija uno de sus usuarios.</translation>
    </message>
    <message>
        <source>%1 is billed by usage: it has no licenses to assign.</source>
        <translation>%1 se factura por uso: no tiene licencias que asignar.</translation>
    </message>
    <message>
        <source>%1 is cancelled: its licenses can&apos;t be assigned. Ask your provider for a new subscription.</source>
        <translation>%1 está cancelada: sus licencias no se pueden asignar. Pida a su proveedor una suscripción nueva.</translation>
    </message>
    <message>
        <source>%1 is %2: its licenses can be assigned once it is Active again.</source>
        <translation>%1 tiene el estado %2: sus licencias se podrán asignar cuando vuelva a estar activa.</translation>
    </message>
    <message>
        <source>%1 is disabled and can&apos;t sign in. Enable the user before assigning a license.</source>
        <translation>%1 está deshabilitado y no puede iniciar sesión. Habilite el usuario antes de asignarle una licencia.</translation>
    </message>
    <message>
        <source>%1 already has a license of %2.</source>
        <translation>%1 ya tiene una licencia de %2.</translation>
    </message>
    <message numerus="yes">
        <source>All %n licenses of %1 are assigned. Ask your provider for more licenses, or unassign one first.</source>
        <translation>
            <numerusform>%1 tiene %n licencia y ya está asignada. Pida más licencias a su proveedor o quite primero su asignación.</numerusform>
            <numerusform>Las %n licencias de %1 están asignadas. Pida más licencias a su proveedor o quite primero la asignación de una.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no license of %2. Choose a user who holds one.</source>
        <translation>%1 no tiene ninguna licencia de %2. Elija un usuario que tenga una.</translation>
    </message>
</context>
<context>
    <name>MailDrop</name>
    <message>
        <source>%1 is not a folder, so no message can be put in it. Remove it and try again.</source>
        <translation>%1 no es una carpeta, así que no se puede dejar ningún mensaje en ella. Quítelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The mail drop folder %1 belongs to another user, so no message is put in it.</source>
        <translation>La carpeta de correo de salida %1 pertenece a otro usuario, así que no se deja ningún mensaje en ella.</translation>
    </message>
    <message>
        <source>The mail drop folder %1 could not be made private.</source>
        <translation>No se pudo hacer privada la carpeta de correo de salida %1.</translation>
    </message>
    <message>
        <source>The message to %1 could not be written to %2.</source>
        <translation>No se pudo escribir el mensaje para %1 en %2.</translation>
    </message>
    <message>
        <source>The message to %1 could not be written: the mail drop folder %2 already holds too many messages from this second.</source>
        <translation>No se pudo escribir el mensaje para %1: la carpeta de correo de salida %2 ya contiene demasiados mensajes de este segundo.</translation>
    </message>
    <message>
        <source>PartnerDesk has no mail server: the message is a file in the mail drop folder %1, named by the time it was sent and %2. Open it with your email program.</source>
        <extracomment>%1 is a folder, %2 an email address.</extracomment>
        <translation>PartnerDesk no tiene servidor de correo: el mensaje es un archivo en la carpeta de correo de salida %1, con el nombre de la hora de envío y %2. Ábralo con su programa de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About PartnerDesk</source>
        <translation>Acerca de PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk — %1</source>
        <translation>PartnerDesk — %1</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Open the sa&amp;mple workspace</source>
        <translation>Abrir el área de trabajo de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Create the &amp;program administrator…</source>
        <translation>Crear el administrador del &amp;programa…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>Acerca &amp;de PartnerDesk</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Configuración de la cuenta</translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation>Área de trabajo de ejemplo</translation>
    </message>
    <message>
        <source>The sample workspace is ready. README.md lists its users; every password is Sample!2026.</source>
        <translation>El área de trabajo de ejemplo está lista. README.md enumera sus usuarios; todas las contraseñas son Sample!2026.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>These pages have changes that are not saved: %1. Discard them?</source>
        <translation>Estas páginas tienen cambios que no se han guardado: %1. ¿Quiere descartarlos?</translation>
    </message>
    <message>
        <source>&amp;Enroll as an indirect reseller…</source>
        <translation>I&amp;nscribirse como revendedor indirecto…</translation>
    </message>
    <message>
        <source>&amp;Accept invitation…</source>
        <translation>&amp;Aceptar una invitación…</translation>
    </message>
    <message>
        <source>Accept an invitation</source>
        <translation>Aceptar una invitación</translation>
    </message>
    <message>
        <source>This workspace is empty, so it holds no invitation. Open the workspace the invitation was sent from (partnerdesk --database PATH).</source>
        <translation>Esta área de trabajo está vacía, así que no contiene ninguna invitación. Abra el área de trabajo desde la que se envió la invitación (partnerdesk --database RUTA).</translation>
    </message>
    <message>
        <source>%1 is now your indirect provider.</source>
        <translation>%1 es ahora su proveedor indirecto.</translation>
    </message>
    <message>
        <source>An invitation link arrived: it opens when you close the dialog.</source>
        <translation>Ha llegado un vínculo de invitación: se abrirá cuando cierre el cuadro de diálogo.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — workspace %3 (%4)</source>
        <translation>Sesión iniciada como %1 (%2) — área de trabajo %3 (%4)</translation>
    </message>
    <message>
        <source>Not signed in — workspace %1 (%2)</source>
        <translation>Sin sesión iniciada — área de trabajo %1 (%2)</translation>
    </message>
    <message>
        <source>Connected again to the shared workspace.</source>
        <translation>Conectado de nuevo al área de trabajo compartida.</translation>
    </message>
    <message>
        <source>The connection to the shared workspace is lost. PartnerDesk connects again when the server is back; nothing is saved meanwhile.</source>
        <translation>Se perdió la conexión con el área de trabajo compartida. PartnerDesk se vuelve a conectar cuando el servidor esté disponible; mientras tanto no se guarda nada.</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>A&amp;brir un área de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Copy workspace to…</source>
        <translation>C&amp;opiar el área de trabajo en…</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir un área de trabajo</translation>
    </message>
    <message>
        <source>The workspace %1 is open.</source>
        <translation>El área de trabajo %1 está abierta.</translation>
    </message>
    <message>
        <source>Copying the workspace…</source>
        <translation>Copiando el área de trabajo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy workspace</source>
        <translation>Copiar el área de trabajo</translation>
    </message>
    <message>
        <source>Copying the workspace… %1 of %2 records (%3)</source>
        <translation>Copiando el área de trabajo… %1 de %2 registros (%3)</translation>
    </message>
    <message>
        <source>The workspace is copied to %1: %2 records in %3 tables, each table counted on both sides.</source>
        <translation>El área de trabajo se copió en %1: %2 registros en %3 tablas, cada tabla contada en ambos lados.</translation>
    </message>
    <message>
        <source>&amp;Open the copy</source>
        <translation>&amp;Abrir la copia</translation>
    </message>
    <message>
        <source>%1

The workspace open before could not be opened again either: %2</source>
        <translation>%1

Tampoco se pudo volver a abrir el área de trabajo abierta antes: %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;A desktop system of record for the two-tier Cloud Solution Provider channel: indirect resellers, indirect providers and their customers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version: you may share and change it; it comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Workspace: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Un sistema de registro de escritorio para el canal de dos niveles del programa Proveedor de soluciones en la nube: revendedores indirectos, proveedores indirectos y sus clientes.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o cualquier versión posterior: puede compartirlo y modificarlo; se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Área de trabajo: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>This page has nothing to search.</source>
        <translation>En esta página no hay nada que buscar.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved: save or undo them, then reload.</source>
        <translation>%1 tiene cambios sin guardar: guárdelos o deshágalos y luego vuelva a cargar.</translation>
    </message>
    <message>
        <source>%1 reloaded.</source>
        <translation>%1: vuelto a cargar.</translation>
    </message>
    <message>
        <source>Back &amp;up workspace…</source>
        <translation>Copia de seg&amp;uridad del área de trabajo…</translation>
    </message>
    <message>
        <source>A shared workspace is backed up on its server.</source>
        <translation>Las copias de seguridad de un área de trabajo compartida se hacen en su servidor.</translation>
    </message>
    <message>
        <source>Save a copy of the whole workspace, as it is now, in a file.</source>
        <translation>Guardar en un archivo una copia de toda el área de trabajo tal como está ahora.</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>Default name of a backup: the workspace&apos;s file name and the day, such as workspace-2026-12-07.</extracomment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Copia de seguridad del área de trabajo</translation>
    </message>
    <message>
        <source>PartnerDesk workspaces (*.%1);;All files (*)</source>
        <translation>Áreas de trabajo de PartnerDesk (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The workspace is backed up to %1. The backup is a whole workspace: to go back to it, open it with File &gt; Open workspace…</source>
        <translation>Se hizo una copia de seguridad del área de trabajo en %1. La copia es un área de trabajo completa: para volver a ella, ábrala con Archivo &gt; Abrir un área de trabajo…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
</context>
<context>
    <name>MfaService</name>
    <message>
        <source>The setup is incomplete. Close this window and start again.</source>
        <translation>La configuración está incompleta. Cierre esta ventana y vuelva a empezar.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation>Escriba el código de 6 dígitos que muestra su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>The code doesn&apos;t match. Check that the time on your phone is correct, then enter the code your app shows now.</source>
        <translation>El código no coincide. Compruebe que la hora de su teléfono es correcta y escriba el código que muestra ahora su aplicación.</translation>
    </message>
    <message>
        <source>The user was not found in %1; they may have been removed. Reload the list and try again.</source>
        <translation>No se encontró el usuario en %1; puede que se haya quitado. Vuelva a cargar la lista e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 has not set up two-step verification, so there is nothing to reset.</source>
        <translation>%1 no ha configurado la verificación en dos pasos, así que no hay nada que restablecer.</translation>
    </message>
    <message>
        <source>Two-step verification is already set up for %1. On a shared workspace another Admin agent of your organization resets it first; then set it up again.</source>
        <translation>La verificación en dos pasos ya está configurada para %1. En un área de trabajo compartida, otro agente de administración de su organización la restablece primero; después vuelva a configurarla.</translation>
    </message>
    <message>
        <source>Another Admin agent of your organization resets your own two-step verification.</source>
        <translation>Otro agente de administración de su organización restablece su propia verificación en dos pasos.</translation>
    </message>
</context>
<context>
    <name>MpnProfileDialog</name>
    <message>
        <source>This Partner Membership Center account exists: the profile is added to it.</source>
        <translation>Esta cuenta de Partner Membership Center ya existe: el perfil se agrega a ella.</translation>
    </message>
    <message>
        <source>No account has this user name yet: it is created with the password below.</source>
        <translation>Todavía no hay ninguna cuenta con este nombre de usuario: se crea con la contraseña de abajo.</translation>
    </message>
    <message>
        <source>Add an MPN profile</source>
        <translation>Agregar un perfil de MPN</translation>
    </message>
    <message>
        <source>Partners link an MPN profile of their Partner Membership Center account when they enroll. Only an active profile in the tenant&apos;s country/region can be linked.</source>
        <translation>Los partners vinculan un perfil de MPN de su cuenta de Partner Membership Center al inscribirse. Solo se puede vincular un perfil activo del mismo país o región que el inquilino.</translation>
    </message>
    <message>
        <source>PMC &amp;user name:</source>
        <translation>Nombre de &amp;usuario de PMC:</translation>
    </message>
    <message>
        <source>PMC pass&amp;word:</source>
        <translation>Con&amp;traseña de PMC:</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>&amp;Id. de partner:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Country/re&amp;gion:</source>
        <translation>&amp;País o región:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>Your tenant will be prefix.onmicrosoft.com, with letters and digits of your choice.</source>
        <translation>Su inquilino será prefijo.onmicrosoft.com, con las letras y los dígitos que elija.</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 está disponible.</translation>
    </message>
    <message>
        <source>Correct the fields marked above to go on.</source>
        <translation>Corrija los campos marcados arriba para continuar.</translation>
    </message>
    <message>
        <source>Create your organization&apos;s tenant</source>
        <translation>Crear el inquilino de su organización</translation>
    </message>
    <message>
        <source>Your organization gets a tenant with you as its first Global administrator, and a company profile your partners see. Nothing is created until you authorize the partners.</source>
        <translation>Su organización obtiene un inquilino, con usted como primer administrador global, y un perfil de empresa que ven sus partners. No se crea nada hasta que autorice a los partners.</translation>
    </message>
    <message>
        <source>&amp;Domain prefix:</source>
        <translation>Prefijo de &amp;dominio:</translation>
    </message>
    <message>
        <source>Letters and digits, such as contoso</source>
        <translation>Letras y dígitos, como contoso</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Continu&amp;ar</translation>
    </message>
</context>
<context>
    <name>NewUserFields</name>
    <message>
        <source>Signs in as %1</source>
        <translation>Iniciará sesión como %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>prefijo</translation>
    </message>
    <message>
        <source>Your &amp;full name:</source>
        <translation>Su nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name:</source>
        <translation>Nombre co&amp;mpleto del administrador:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Confirm pass&amp;word:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Billed by usage: ordered with a quantity of 1.</source>
        <translation>Facturado por uso: se pide con una cantidad de 1.</translation>
    </message>
    <message>
        <source>After this order the subscription is cancelled and holds no licenses.</source>
        <translation>Después de este pedido, la suscripción quedará cancelada y no tendrá licencias.</translation>
    </message>
    <message>
        <source>After this order: quantity %1, %2 assigned.</source>
        <translation>Después de este pedido: cantidad %1, %2 asignadas.</translation>
    </message>
    <message>
        <source>Add subscription</source>
        <translation>Agregar suscripción</translation>
    </message>
    <message>
        <source>Order a new subscription for %1. The order is placed at once: %2 bills it, and the reseller you choose is recorded as partner on record.</source>
        <translation>Pida una suscripción nueva para %1. El pedido se realiza de inmediato: %2 la factura y el revendedor que elija queda registrado como partner de registro.</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message>
        <source>Ter&amp;m:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>Change subscription</source>
        <translation>Cambiar la suscripción</translation>
    </message>
    <message>
        <source>Add or remove licenses of a subscription of %1, or cancel it. The order is placed at once, with the subscription&apos;s partner on record.</source>
        <translation>Agregue o quite licencias de una suscripción de %1, o cancélela. El pedido se realiza de inmediato, con el partner de registro de la suscripción.</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Suscripción:</translation>
    </message>
    <message>
        <source>%1 — billed by usage, %2</source>
        <translation>%1 — facturado por uso, %2</translation>
    </message>
    <message>
        <source>%1 — quantity %2, %3 assigned, %4</source>
        <translation>%1 — cantidad %2, %3 asignadas, %4</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>Ca&amp;mbio:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>R&amp;eseller (partner on record):</source>
        <translation>&amp;Revendedor (partner de registro):</translation>
    </message>
    <message>
        <source>No reseller to choose</source>
        <translation>No hay ningún revendedor para elegir</translation>
    </message>
    <message>
        <source>%1 (Partner ID %2)</source>
        <extracomment>A reseller in a list: its name, then its Partner ID.</extracomment>
        <translation>%1 (Id. de partner %2)</translation>
    </message>
    <message>
        <source>Su&amp;bmit order</source>
        <translation>&amp;Enviar pedido</translation>
    </message>
</context>
<context>
    <name>OrderRequestDialog</name>
    <message>
        <source>Request an order</source>
        <translation>Solicitar un pedido</translation>
    </message>
    <message>
        <source>Ask one of your indirect providers to place an order for %1. The provider fulfills or declines the request; you follow it on the Order requests page.</source>
        <translation>Pida a uno de sus proveedores indirectos que realice un pedido para %1. El proveedor atiende o rechaza la solicitud; puede seguirla en la página Solicitudes de pedido.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>No provider to ask</source>
        <translation>No hay ningún proveedor al que preguntar</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>Pe&amp;dido:</translation>
    </message>
    <message>
        <source>Off&amp;er:</source>
        <translation>&amp;Oferta:</translation>
    </message>
    <message>
        <source>Su&amp;bscription:</source>
        <translation>&amp;Suscripción:</translation>
    </message>
    <message>
        <source>%1 — billed by usage</source>
        <translation>%1 — facturado por uso</translation>
    </message>
    <message>
        <source>%1 — quantity %2, %3 assigned</source>
        <translation>%1 — cantidad %2, %3 asignadas</translation>
    </message>
    <message>
        <source>Ter&amp;m:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>For a new subscription, the licenses to buy; for a change, the licenses to add or remove.</source>
        <translation>Para una suscripción nueva, las licencias que se van a comprar; para un cambio, las licencias que se van a agregar o quitar.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Anything the provider should know (optional)</source>
        <translation>Todo lo que el proveedor deba saber (opcional)</translation>
    </message>
    <message>
        <source>Sen&amp;d request</source>
        <translation>&amp;Enviar solicitud</translation>
    </message>
</context>
<context>
    <name>OrderRequestsPage</name>
    <message>
        <source>Order requests</source>
        <translation>Solicitudes de pedido</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>The order requests you raised with your indirect providers, and those your resellers addressed to you.</source>
        <translation>Las solicitudes de pedido que presentó a sus proveedores indirectos y las que sus revendedores le dirigieron a usted.</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>What your indirect resellers ask you to order for their customers. Fulfilling a request places the order at once, with the reseller as partner on record; declining it sends the reseller your reason.</source>
        <translation>Los pedidos que sus revendedores indirectos le solicitan para sus clientes. Al atender una solicitud, el pedido se realiza de inmediato, con el revendedor como partner de registro; al rechazarla, el revendedor recibe su motivo.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>The orders you asked your indirect providers to place. Raise a request from a customer&apos;s Services tab on the Customers page.</source>
        <translation>Los pedidos que solicitó a sus proveedores indirectos. Presente una solicitud desde la pestaña Servicios de un cliente en la página Clientes.</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>F&amp;ulfill…</source>
        <translation>A&amp;tender…</translation>
    </message>
    <message>
        <source>Place the order the selected request asks for</source>
        <translation>Realizar el pedido que indica la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Decline the selected request with a reason the reseller reads</source>
        <translation>Rechazar la solicitud seleccionada con un motivo que leerá el revendedor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A reseller: its name, then its Partner ID.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ordered by %1 on %2</source>
        <translation>Pedido por %1 el %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a request asks for: its transaction, then the offer.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No order requests yet. Your resellers raise them from their customers&apos; pages.</source>
        <translation>Aún no hay solicitudes de pedido. Sus revendedores las presentan desde las páginas de sus clientes.</translation>
    </message>
    <message>
        <source>No order requests yet.</source>
        <translation>Aún no hay solicitudes de pedido.</translation>
    </message>
    <message>
        <source>Place this order for %1 now, with %2 (Partner ID %3) as partner on record?</source>
        <translation>¿Desea realizar ahora este pedido para %1, con %2 (Id. de partner %3) como partner de registro?</translation>
    </message>
    <message>
        <source>Their note: %1</source>
        <translation>Nota adjunta: %1</translation>
    </message>
    <message>
        <source>Fulfill order request</source>
        <translation>Atender la solicitud de pedido</translation>
    </message>
    <message>
        <source>Place &amp;order</source>
        <translation>Realizar &amp;pedido</translation>
    </message>
    <message>
        <source>The order for %1 is placed and the request is Fulfilled; %2 gets a message.</source>
        <translation>El pedido para %1 se ha realizado y la solicitud queda atendida; %2 recibe un mensaje.</translation>
    </message>
    <message>
        <source>Decline order request</source>
        <translation>Rechazar la solicitud de pedido</translation>
    </message>
    <message>
        <source>Why do you decline the request of %1 for %2? %1 reads this reason.</source>
        <translation>¿Por qué rechaza la solicitud de %1 para %2? %1 leerá este motivo.</translation>
    </message>
    <message>
        <source>&amp;Decline request</source>
        <translation>Rechazar &amp;solicitud</translation>
    </message>
    <message>
        <source>The request of %1 for %2 is Declined; %1 gets your reason.</source>
        <translation>La solicitud de %1 para %2 queda rechazada; %1 recibe su motivo.</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>The offer catalog that comes with PartnerDesk is damaged (%1). Reinstall PartnerDesk.</source>
        <translation>El catálogo de ofertas que se incluye con PartnerDesk está dañado (%1). Vuelva a instalar PartnerDesk.</translation>
    </message>
    <message>
        <source>offer %1</source>
        <translation>oferta %1</translation>
    </message>
    <message>
        <source>no offers</source>
        <translation>ninguna oferta</translation>
    </message>
    <message>
        <source>This customer isn&apos;t one %1 serves. Choose a customer from your Customers page.</source>
        <translation>Este cliente no es uno de los clientes a los que %1 presta servicio. Elija un cliente de su página Clientes.</translation>
    </message>
    <message>
        <source>This offer is not in the catalog. Choose an offer from the list.</source>
        <translation>Esta oferta no está en el catálogo. Elija una oferta de la lista.</translation>
    </message>
    <message>
        <source>%1 is not sold for a term of %2. Choose one of: %3.</source>
        <translation>%1 no se vende con un plazo de %2. Elija uno de estos: %3.</translation>
    </message>
    <message>
        <source>%1 is billed by usage: order it with a quantity of 1.</source>
        <translation>%1 se factura por uso: pida una cantidad de 1.</translation>
    </message>
    <message>
        <source>Order between 1 and %1 licenses of %2.</source>
        <translation>Pida entre 1 y %1 licencias de %2.</translation>
    </message>
    <message>
        <source>This subscription isn&apos;t one of %1&apos;s. Choose one from its subscriptions.</source>
        <translation>Esta suscripción no es de %1. Elija una de sus suscripciones.</translation>
    </message>
    <message>
        <source>%1 of %2 is billed by %3, so only %3 can change it. Ask %3.</source>
        <translation>%1 de %2 está facturado por %3, así que solo %3 puede cambiarlo. Consulte a %3.</translation>
    </message>
    <message>
        <source>another partner</source>
        <translation>otro partner</translation>
    </message>
    <message>
        <source>The partner on record of %1 is %2 (Partner ID %3), not %4. Choose %2 as the reseller for this change.</source>
        <translation>El partner de registro de %1 es %2 (Id. de partner %3), no %4. Elija a %2 como revendedor para este cambio.</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2. Order a new subscription instead.</source>
        <translation>%1 se canceló el %2. Pida una suscripción nueva en su lugar.</translation>
    </message>
    <message>
        <source>%1 is suspended: it can be changed once it is Active again.</source>
        <translation>%1 está suspendida: se podrá cambiar cuando vuelva a estar activa.</translation>
    </message>
    <message>
        <source>%1 is billed by usage: it has no quantity to change. Cancel it, or leave it as it is.</source>
        <translation>%1 se factura por uso: no tiene ninguna cantidad que cambiar. Cancélela o déjela como está.</translation>
    </message>
    <message>
        <source>Enter how many licenses to add: at least 1.</source>
        <translation>Escriba cuántas licencias quiere agregar: al menos 1.</translation>
    </message>
    <message>
        <source>A subscription holds at most %1 licenses and %2 has %3. Add at most %4.</source>
        <translation>Una suscripción tiene como máximo %1 licencias y %2 tiene %3. Agregue como máximo %4.</translation>
    </message>
    <message>
        <source>Enter how many licenses to remove: at least 1.</source>
        <translation>Escriba cuántas licencias quiere quitar: al menos 1.</translation>
    </message>
    <message>
        <source>%1 has %2 licenses: remove fewer, or cancel the subscription to end all of them.</source>
        <translation>%1 tiene %2 licencias: quite menos o cancele la suscripción para finalizarlas todas.</translation>
    </message>
    <message numerus="yes">
        <source>%n licenses of %1 are assigned to users, so the quantity can&apos;t go below %n. Unassign licenses first, or remove fewer.</source>
        <translation>
            <numerusform>%n licencia de %1 está asignada a usuarios, así que la cantidad no puede ser inferior a %n. Primero anule la asignación de licencias o quite menos.</numerusform>
            <numerusform>%n licencias de %1 están asignadas a usuarios, así que la cantidad no puede ser inferior a %n. Primero anule la asignación de licencias o quite menos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licenses of %1 are still assigned to users. Unassign them, then cancel.</source>
        <translation>
            <numerusform>%n licencia de %1 sigue asignada a usuarios. Anule su asignación y, después, cancele.</numerusform>
            <numerusform>%n licencias de %1 siguen asignadas a usuarios. Anule su asignación y, después, cancele.</numerusform>
        </translation>
    </message>
    <message>
        <source>This order request isn&apos;t addressed to %1. Choose one from your order requests.</source>
        <translation>Esta solicitud de pedido no está dirigida a %1. Elija una de sus solicitudes de pedido.</translation>
    </message>
    <message>
        <source>This order request was already %1 on %2 by %3: only Open requests can be fulfilled or declined.</source>
        <translation>%3 ya marcó esta solicitud de pedido como %1 el %2: solo se pueden atender o rechazar las solicitudes abiertas.</translation>
    </message>
    <message>
        <source>This reseller doesn&apos;t exist. Choose one of the customer&apos;s resellers.</source>
        <translation>Este revendedor no existe. Elija uno de los revendedores del cliente.</translation>
    </message>
    <message>
        <source>%1 has no reseller relationship with %2, so it can&apos;t be partner on record of its orders. Choose one of %2&apos;s resellers.</source>
        <translation>%1 no tiene ninguna relación de revendedor con %2, así que no puede ser partner de registro de sus pedidos. Elija uno de los revendedores de %2.</translation>
    </message>
    <message>
        <source>This order is not for the customer and reseller of the order request it fulfills. Fulfill the request as %1 raised it.</source>
        <translation>Este pedido no es para el cliente y el revendedor de la solicitud de pedido que atiende. Atienda la solicitud tal como la presentó %1.</translation>
    </message>
    <message>
        <source>No reseller of %1 has an Active indirect relationship with %2, so %2 can&apos;t order for it: every order names the customer&apos;s reseller as partner on record.</source>
        <translation>Ningún revendedor de %1 tiene una relación indirecta activa con %2, así que %2 no puede hacer pedidos para él: cada pedido indica el revendedor del cliente como partner de registro.</translation>
    </message>
    <message>
        <source>Choose the reseller of %1 that the order is for: it becomes partner on record.</source>
        <translation>Elija el revendedor de %1 para el que es el pedido: pasará a ser el partner de registro.</translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 placed an order for %4 on %5, with %6 (Partner ID %7) as partner on record:

%8

</source>
        <translation>Hola, %1:

%2, de %3, realizó un pedido para %4 el %5, con %6 (Id. de partner %7) como partner de registro:

%8

</translation>
    </message>
    <message>
        <source>It fulfills the order request %1 raised on %2.

</source>
        <translation>Atiende la solicitud de pedido que %1 presentó el %2.

</translation>
    </message>
    <message>
        <source>The customer&apos;s subscriptions and orders are on its page in PartnerDesk.</source>
        <translation>Las suscripciones y los pedidos del cliente aparecen en su página de PartnerDesk.</translation>
    </message>
    <message>
        <source>%1 placed an order for %2</source>
        <translation>%1 realizó un pedido para %2</translation>
    </message>
    <message>
        <source>The order could not be read back. Try again.</source>
        <translation>No se pudo volver a leer el pedido. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>None of the Active indirect providers of %1 has a reseller relationship with %2, so none can order for it. Invite %2 again with one of them as its indirect provider (Invite new customers on the Indirect providers page).</source>
        <translation>Ninguno de los proveedores indirectos activos de %1 tiene una relación de revendedor con %2, así que ninguno puede hacer pedidos para él. Vuelva a invitar a %2 con uno de ellos como su proveedor indirecto (Invitar a clientes nuevos en la página Proveedores indirectos).</translation>
    </message>
    <message>
        <source>Choose the indirect provider to ask.</source>
        <translation>Elija el proveedor indirecto al que quiere preguntar.</translation>
    </message>
    <message>
        <source>This provider is not an Active indirect provider of %1. Choose one from your Indirect providers page.</source>
        <translation>Este proveedor no es un proveedor indirecto activo de %1. Elija uno de su página Proveedores indirectos.</translation>
    </message>
    <message>
        <source>The partner account of %1 is %2: it can&apos;t place orders until it is Active again. Ask another of your providers.</source>
        <translation>La cuenta de partner de %1 está en estado %2: no puede realizar pedidos hasta que vuelva a estar activa. Consulte a otro de sus proveedores.</translation>
    </message>
    <message>
        <source>%1 has no reseller relationship with %2, so it can&apos;t order for it. Invite %2 again with %1 as its indirect provider (Invite new customers on the Indirect providers page).</source>
        <translation>%1 no tiene ninguna relación de revendedor con %2, así que no puede hacer pedidos para él. Vuelva a invitar a %2 con %1 como su proveedor indirecto (Invitar a clientes nuevos en la página Proveedores indirectos).</translation>
    </message>
    <message>
        <source>This provider doesn&apos;t exist. Choose one from your Indirect providers page.</source>
        <translation>Este proveedor no existe. Elija uno de su página Proveedores indirectos.</translation>
    </message>
    <message>
        <source>Keep the note to %1 characters or fewer.</source>
        <translation>La nota no puede superar los %1 caracteres.</translation>
    </message>
    <message>
        <source>Their note: %1

</source>
        <translation>Nota adjunta: %1

</translation>
    </message>
    <message>
        <source>%1 asks you to place an order for %2</source>
        <translation>%1 le pide que realice un pedido para %2</translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 (Partner ID %4) asks %5 to place an order for %6:

%7

%8Fulfill or decline the request on the Order requests page.</source>
        <translation>Hola, %1:

%2, de %3 (Id. de partner %4), pide a %5 que realice un pedido para %6:

%7

%8Atienda o rechace la solicitud en la página Solicitudes de pedido.</translation>
    </message>
    <message>
        <source>The order request could not be read back. Try again.</source>
        <translation>No se pudo volver a leer la solicitud de pedido. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Say why you decline the request: %1 reads it.</source>
        <translation>Indique por qué rechaza la solicitud: %1 lo leerá.</translation>
    </message>
    <message>
        <source>Keep the reason to %1 characters or fewer.</source>
        <translation>El motivo no puede superar los %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 declined your order request for %2</source>
        <translation>%1 rechazó su solicitud de pedido para %2</translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 declined the order request for %4 that %5 raised on %6:

%7

Reason: %8

Raise a new request once you have settled it with %3.</source>
        <translation>Hola, %1:

%2, de %3, rechazó la solicitud de pedido para %4 que %5 presentó el %6:

%7

Motivo: %8

Presente una nueva solicitud cuando lo haya resuelto con %3.</translation>
    </message>
    <message>
        <source>New subscription to %1: quantity %2, term %3.</source>
        <translation>Suscripción nueva a %1: cantidad %2, plazo %3.</translation>
    </message>
    <message>
        <source>%1: quantity raised by %2.</source>
        <translation>%1: cantidad aumentada en %2.</translation>
    </message>
    <message>
        <source>%1: quantity lowered by %2.</source>
        <translation>%1: cantidad reducida en %2.</translation>
    </message>
    <message>
        <source>%1: subscription cancelled.</source>
        <translation>%1: suscripción cancelada.</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t serve this customer of %2 yet. Ask %2 to invite the customer with you.</source>
        <translation>%1 todavía no atiende a este cliente de %2. Pida a %2 que invite al cliente con usted.</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Every message this workspace has sent. PartnerDesk doesn&apos;t send email itself: copy a message or open it in your email program to deliver it.</source>
        <translation>Todos los mensajes que ha enviado esta área de trabajo. PartnerDesk no envía correo electrónico por sí mismo: copie un mensaje o ábralo en su programa de correo para entregarlo.</translation>
    </message>
    <message>
        <source>The outbox is empty. Messages the workspace sends, such as verification codes, appear here.</source>
        <translation>La bandeja de salida está vacía. Aquí aparecen los mensajes que envía el área de trabajo, como los códigos de verificación.</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Cuerpo del mensaje</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the recipient, subject and body to the clipboard</source>
        <translation>Copiar el destinatario, el asunto y el cuerpo en el portapapeles</translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation>A&amp;brir en el correo electrónico</translation>
    </message>
    <message>
        <source>No email program is set up on this computer. Use Copy and paste the message into a new email.</source>
        <translation>No hay ningún programa de correo electrónico configurado en este equipo. Use Copiar y pegue el mensaje en un correo electrónico nuevo.</translation>
    </message>
    <message>
        <source>Opens the message in %1.</source>
        <translation>Abre el mensaje en %1.</translation>
    </message>
</context>
<context>
    <name>PartnerIdInfoPage</name>
    <message>
        <source>Associate your MPN ID</source>
        <translation>Asociar su Id. de MPN</translation>
    </message>
    <message>
        <source>Link your organization&apos;s Microsoft Partner Network ID with the new account.</source>
        <translation>Vincule el identificador de Microsoft Partner Network de su organización con la nueva cuenta.</translation>
    </message>
    <message>
        <source>We link your organization&apos;s MPN ID with your new partner account so that you can manage your membership benefits and incentives here. Sign in to the Partner Membership Center, where you manage your Microsoft partner account, to choose the organization profile to link.</source>
        <translation>Vinculamos el Id. de MPN de su organización con su nueva cuenta de partner para que pueda administrar aquí las ventajas de su suscripción y sus incentivos. Inicie sesión en el Partner Membership Center, donde administra su cuenta de partner de Microsoft, para elegir el perfil de organización que quiere vincular.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>PartnerIdPage</name>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Partner ID (MPN ID)</source>
        <translation>Id. de partner (Id. de MPN)</translation>
    </message>
    <message>
        <source>&amp;Partner ID:</source>
        <translation>&amp;Id. de partner:</translation>
    </message>
    <message>
        <source>The Partner ID links your Microsoft Partner Network membership, benefits and competencies to this account. You can link another active profile of your organization&apos;s Partner Membership Center account located in your country/region; double-click one to choose it.</source>
        <translation>El Id. de partner vincula a esta cuenta su suscripción a Microsoft Partner Network, sus beneficios y sus competencias. Puede vincular otro perfil activo de la cuenta del Partner Membership Center de su organización que se encuentre en su país o región; haga doble clic en uno para seleccionarlo.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>MPN profiles of your Partner Membership Center account</source>
        <translation>Perfiles de MPN de su cuenta de Partner Membership Center</translation>
    </message>
</context>
<context>
    <name>PartnerRules</name>
    <message>
        <source>The MPN profile %1 (%2) is %3. Choose an active organization profile.</source>
        <translation>El perfil de MPN %1 (%2) está %3. Seleccione un perfil de organización activo.</translation>
    </message>
    <message>
        <source>The MPN profile %1 is located in %2, but your tenant is in %3. Choose a profile located in %3.</source>
        <translation>El perfil de MPN %1 se encuentra en %2, pero su inquilino está en %3. Seleccione un perfil que se encuentre en %3.</translation>
    </message>
    <message>
        <source>The Partner ID %1 is already linked to the partner account of %2.</source>
        <translation>El Id. de partner %1 ya está vinculado a la cuenta de partner de %2.</translation>
    </message>
</context>
<context>
    <name>PermissionMatrix</name>
    <message>
        <source>view account settings</source>
        <translation>ver la configuración de la cuenta</translation>
    </message>
    <message>
        <source>edit the legal business profile</source>
        <translation>editar el perfil comercial legal</translation>
    </message>
    <message>
        <source>edit the support profile</source>
        <translation>editar el perfil de soporte técnico</translation>
    </message>
    <message>
        <source>change the Partner ID</source>
        <translation>cambiar el Id. de partner</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrar usuarios</translation>
    </message>
    <message>
        <source>find a provider</source>
        <translation>buscar un proveedor</translation>
    </message>
    <message>
        <source>invite resellers</source>
        <translation>invitar a revendedores</translation>
    </message>
    <message>
        <source>authorize an indirect provider</source>
        <translation>autorizar a un proveedor indirecto</translation>
    </message>
    <message>
        <source>end an indirect relationship</source>
        <translation>finalizar una relación indirecta</translation>
    </message>
    <message>
        <source>view indirect providers and resellers</source>
        <translation>ver los proveedores y revendedores indirectos</translation>
    </message>
    <message>
        <source>invite customers</source>
        <translation>invitar a clientes</translation>
    </message>
    <message>
        <source>view customers</source>
        <translation>ver los clientes</translation>
    </message>
    <message>
        <source>manage a customer&apos;s account</source>
        <translation>administrar la cuenta de un cliente</translation>
    </message>
    <message>
        <source>manage a customer&apos;s users and licenses</source>
        <translation>administrar los usuarios y las licencias de un cliente</translation>
    </message>
    <message>
        <source>submit orders</source>
        <translation>enviar pedidos</translation>
    </message>
    <message>
        <source>request orders</source>
        <translation>solicitar pedidos</translation>
    </message>
    <message>
        <source>fulfill or decline order requests</source>
        <translation>atender o rechazar solicitudes de pedido</translation>
    </message>
    <message>
        <source>manage referrals</source>
        <translation>administrar referencias</translation>
    </message>
    <message>
        <source>manage the provider listing</source>
        <translation>administrar la ficha del proveedor</translation>
    </message>
    <message>
        <source>verify the enrollment email</source>
        <translation>verificar el correo electrónico de la inscripción</translation>
    </message>
    <message>
        <source>create a reseller account</source>
        <translation>crear una cuenta de revendedor</translation>
    </message>
    <message>
        <source>manage a customer&apos;s Global administrators</source>
        <translation>administrar los administradores globales de un cliente</translation>
    </message>
    <message>
        <source>require or reset two-step verification</source>
        <translation>exigir o restablecer la verificación en dos pasos</translation>
    </message>
    <message>
        <source>read the activity log</source>
        <translation>leer el registro de actividad</translation>
    </message>
</context>
<context>
    <name>PmcPasswordPage</name>
    <message>
        <source>Partner Membership Center</source>
        <translation>Partner Membership Center</translation>
    </message>
    <message>
        <source>Enter the password of your Partner Membership Center account.</source>
        <translation>Escriba la contraseña de su cuenta de Partner Membership Center.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>PMC user name:</source>
        <translation>Nombre de usuario de PMC:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
</context>
<context>
    <name>PmcUserNamePage</name>
    <message>
        <source>Partner Membership Center</source>
        <translation>Partner Membership Center</translation>
    </message>
    <message>
        <source>Enter the user name you use to sign in to the Partner Membership Center.</source>
        <translation>Escriba el nombre de usuario con el que inicia sesión en el Partner Membership Center.</translation>
    </message>
    <message>
        <source>PMC &amp;user name:</source>
        <translation>Nombre de &amp;usuario de PMC:</translation>
    </message>
</context>
<context>
    <name>PostgresAdapter</name>
    <message>
        <source>The server of the shared workspace %1 does not answer: it may be down, or its address or port may be wrong. Nothing was changed; try again when it is back.</source>
        <translation>El servidor del área de trabajo compartida %1 no responde: puede estar detenido, o su dirección o su puerto pueden ser incorrectos. No se cambió nada; vuelva a intentarlo cuando esté disponible.</translation>
    </message>
    <message>
        <source>The connection settings of the shared workspace %1 are not valid.</source>
        <translation>La configuración de conexión del área de trabajo compartida %1 no es válida.</translation>
    </message>
    <message>
        <source>The shared workspace %1 could not be opened: %2</source>
        <translation>No se pudo abrir el área de trabajo compartida %1: %2</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of the database user %2.</source>
        <translation>El servidor de %1 pide la contraseña del usuario de base de datos %2.</translation>
    </message>
    <message>
        <source>The server of %1 refused the database user %2 with this password.</source>
        <translation>El servidor de %1 rechazó al usuario de base de datos %2 con esta contraseña.</translation>
    </message>
    <message>
        <source>The server has no database named %1, or the user %2 may not connect to it. Check the database&apos;s name, or ask the server&apos;s administrator.</source>
        <translation>El servidor no tiene ninguna base de datos llamada %1, o el usuario %2 no puede conectarse a ella. Compruebe el nombre de la base de datos o consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>The shared workspace %1 was not opened: the server&apos;s TLS certificate could not be verified (mode %2). Nothing was sent to it; ask the server&apos;s administrator for the certificate of its authority, or check the server&apos;s name.</source>
        <translation>No se abrió el área de trabajo compartida %1: no se pudo verificar el certificado TLS del servidor (modo %2). No se le envió nada; pida al administrador del servidor el certificado de su autoridad o compruebe el nombre del servidor.</translation>
    </message>
    <message>
        <source>The shared workspace %1 was not opened: TLS (mode %2) is required, and the server refused it or does not accept this desk. Nothing was sent without TLS.</source>
        <translation>No se abrió el área de trabajo compartida %1: se exige TLS (modo %2) y el servidor lo rechazó o no acepta este equipo. No se envió nada sin TLS.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made private.</source>
        <translation>No se pudo hacer privada la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be made readable by you alone, so nothing was written.</source>
        <translation>No se pudo hacer que %1 solo lo pueda leer usted, así que no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Organization profile</source>
        <translation>Perfil de organización</translation>
    </message>
    <message>
        <source>Choose the organization profile whose MPN ID is linked to your incentives, membership benefits and competencies.</source>
        <translation>Elija el perfil de organización cuyo Id. de MPN está vinculado a sus incentivos, las ventajas de su suscripción y sus competencias.</translation>
    </message>
    <message>
        <source>Organization profiles</source>
        <translation>Perfiles de organización</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>Ca&amp;ncel and sign in with another account</source>
        <translation>Ca&amp;ncelar e iniciar sesión con otra cuenta</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Select the MPN ID of an active organization profile located in %1, the country/region of your tenant. If the one you want isn&apos;t listed, sign in with the account that holds it.</source>
        <translation>Seleccione el Id. de MPN de un perfil de organización activo ubicado en %1, el país o región de su inquilino. Si el que quiere no aparece, inicie sesión con la cuenta que lo tiene.</translation>
    </message>
</context>
<context>
    <name>ProgramAdministratorDialog</name>
    <message>
        <source>prefix</source>
        <translation>prefijo</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 está disponible.</translation>
    </message>
    <message>
        <source>Create the program administrator</source>
        <translation>Crear el administrador del programa</translation>
    </message>
    <message>
        <source>The program administrator reviews enrollments and keeps the directory of official providers and MPN profiles. PartnerDesk creates a program tenant for this workspace and its first Global administrator.</source>
        <translation>El administrador del programa revisa las inscripciones y mantiene el directorio de proveedores oficiales y perfiles de MPN. PartnerDesk crea un inquilino del programa para esta área de trabajo y su primer administrador global.</translation>
    </message>
    <message>
        <source>&amp;Organization name:</source>
        <translation>Nombre de la &amp;organización:</translation>
    </message>
    <message>
        <source>&amp;Domain prefix:</source>
        <translation>Prefijo de &amp;dominio:</translation>
    </message>
    <message>
        <source>Country/re&amp;gion:</source>
        <translation>&amp;País o región:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
</context>
<context>
    <name>ProviderAccountDialog</name>
    <message>
        <source>MPN profile of %1, located in %2 (%3).</source>
        <translation>Perfil de MPN de %1, ubicado en %2 (%3).</translation>
    </message>
    <message>
        <source>MPN profile of %1, located in %2 (%3), linked to the partner account of %4.</source>
        <translation>Perfil de MPN de %1, ubicado en %2 (%3), vinculado a la cuenta de partner de %4.</translation>
    </message>
    <message>
        <source>The provider&apos;s tenant will be prefix.onmicrosoft.com.</source>
        <translation>El inquilino del proveedor será prefijo.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 está disponible.</translation>
    </message>
    <message>
        <source>To add the provider, complete: %1.</source>
        <translation>Para agregar el proveedor, complete: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No country/region chosen yet.</source>
        <translation>Todavía no se ha elegido ningún país o región.</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Países atendidos: %1</translation>
    </message>
    <message>
        <source>Add an indirect provider</source>
        <translation>Agregar un proveedor indirecto</translation>
    </message>
    <message>
        <source>An official indirect provider gets a new tenant with its first user, a partner account linked to its MPN profile, and a listing that resellers find under Find a provider. The account is active at once.</source>
        <translation>Un proveedor indirecto oficial obtiene un inquilino nuevo con su primer usuario, una cuenta de partner vinculada a su perfil de MPN y una ficha que los revendedores encuentran en Buscar un proveedor. La cuenta está activa de inmediato.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>First user</source>
        <translation>Primer usuario</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>&amp;Id. de partner:</translation>
    </message>
    <message>
        <source>&amp;Tenant display name:</source>
        <translation>Nombre para &amp;mostrar del inquilino:</translation>
    </message>
    <message>
        <source>&amp;Domain prefix:</source>
        <translation>Prefijo de &amp;dominio:</translation>
    </message>
    <message>
        <source>Support p&amp;hone:</source>
        <translation>Telé&amp;fono de soporte:</translation>
    </message>
    <message>
        <source>Support &amp;web site:</source>
        <translation>Sitio &amp;web de soporte técnico:</translation>
    </message>
    <message>
        <source>Countries/regions &amp;served:</source>
        <translation>&amp;Países o regiones atendidos:</translation>
    </message>
    <message>
        <source>Ser&amp;vices offered:</source>
        <translation>&amp;Servicios ofrecidos:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nombre de contacto:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;Correo electrónico de contacto:</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Teléfono de contacto:</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>The Partner ID of an MPN profile in the directory</source>
        <translation>El Id. de partner de un perfil de MPN del directorio</translation>
    </message>
    <message>
        <source>Letters and digits, such as contosodistribution</source>
        <translation>Letras y dígitos, como contosodistribution</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation>https://www.example.com (opcional)</translation>
    </message>
    <message>
        <source>Type to find a country/region</source>
        <translation>Escriba para buscar un país o región</translation>
    </message>
    <message>
        <source>Find a country/region</source>
        <translation>Buscar un país o región</translation>
    </message>
    <message>
        <source>Countries/regions served</source>
        <translation>Países o regiones atendidos</translation>
    </message>
    <message>
        <source>+1 425 555 0100 (optional)</source>
        <translation>+1 425 555 0100 (opcional)</translation>
    </message>
    <message>
        <source>What resellers should know about the provider (optional)</source>
        <translation>Lo que los revendedores deben saber sobre el proveedor (opcional)</translation>
    </message>
    <message>
        <source>S&amp;upport email:</source>
        <translation>Co&amp;rreo electrónico de soporte:</translation>
    </message>
    <message>
        <source>Add p&amp;rovider</source>
        <translation>Agregar pro&amp;veedor</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de comandos.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones propias de Qt.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>You have no active indirect resellers to refer a lead to. Invite a reseller from the Indirect resellers page first.</source>
        <translation>No tiene revendedores indirectos activos a los que derivar un cliente potencial. Primero invite a un revendedor desde la página Revendedores indirectos.</translation>
    </message>
    <message>
        <source>Choose the reseller to refer the lead to.</source>
        <translation>Elija el revendedor al que quiere derivar el cliente potencial.</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva referencia</translation>
    </message>
    <message>
        <source>Record a lead from your own marketing or a Microsoft referral. It starts as New; when you invite the customer from the Referrals page, it becomes Accepted.</source>
        <translation>Registre un cliente potencial procedente de su propio marketing o de una referencia de Microsoft. Empieza con el estado Nuevo; cuando invite al cliente desde la página Referencias, pasa al estado Aceptado.</translation>
    </message>
    <message>
        <source>&amp;Add referral</source>
        <translation>A&amp;gregar referencia</translation>
    </message>
    <message>
        <source>Refer a lead</source>
        <translation>Derivar un cliente potencial</translation>
    </message>
    <message>
        <source>Refer a lead to one of your indirect resellers. The reseller&apos;s primary contact gets a message with these details, and you can follow the lead&apos;s status on your Referrals page.</source>
        <translation>Derive un cliente potencial a uno de sus revendedores indirectos. El contacto principal del revendedor recibe un mensaje con estos datos, y puede seguir el estado del cliente potencial en su página Referencias.</translation>
    </message>
    <message>
        <source>Refer &amp;lead</source>
        <translation>&amp;Derivar cliente potencial</translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation>&amp;Revendedor:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nombre de contacto:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Countr&amp;y/region:</source>
        <translation>&amp;País o región:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Contoso Ltd.</source>
        <translation>Contoso Ltd.</translation>
    </message>
    <message>
        <source>name@customer.example</source>
        <translation>nombre@cliente.example</translation>
    </message>
    <message>
        <source>+1 425 555 0100 (optional)</source>
        <translation>+1 425 555 0100 (opcional)</translation>
    </message>
    <message>
        <source>What they need, how you met, what was agreed (optional)</source>
        <translation>Qué necesitan, cómo se conocieron, qué se acordó (opcional)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>The company name is too long. Use at most %1 characters.</source>
        <translation>El nombre de la empresa es demasiado largo. Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>the company name</source>
        <translation>el nombre de la empresa</translation>
    </message>
    <message>
        <source>The contact&apos;s name is too long. Use at most %1 characters.</source>
        <translation>El nombre del contacto es demasiado largo. Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The notes are too long. Use at most %1 characters.</source>
        <translation>Las notas son demasiado largas. Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Only an indirect reseller records its own leads. As an indirect provider, refer a lead to one of your resellers.</source>
        <translation>Solo un revendedor indirecto registra sus propios clientes potenciales. Como proveedor indirecto, derive un cliente potencial a uno de sus revendedores.</translation>
    </message>
    <message>
        <source>Choose Own marketing or Microsoft referral: leads from an indirect provider arrive when the provider refers them to you.</source>
        <translation>Elija Marketing propio o Referencia de Microsoft: los clientes potenciales de un proveedor indirecto llegan cuando el proveedor se los deriva.</translation>
    </message>
    <message>
        <source>Only an indirect provider refers leads to its resellers. Record your own leads with New referral.</source>
        <translation>Solo un proveedor indirecto deriva clientes potenciales a sus revendedores. Registre sus propios clientes potenciales con Nueva referencia.</translation>
    </message>
    <message>
        <source>Your partner account is %1: you can refer leads once it is Active.</source>
        <translation>Su cuenta de partner tiene el estado %1: podrá derivar clientes potenciales cuando esté activa.</translation>
    </message>
    <message>
        <source>Choose one of your indirect resellers: you can refer a lead only to a reseller that has an active relationship with you.</source>
        <translation>Elija uno de sus revendedores indirectos: solo puede derivar un cliente potencial a un revendedor que tenga una relación activa con usted.</translation>
    </message>
    <message>
        <source>The partner account of %1 is %2: refer leads to it once it is Active again.</source>
        <translation>La cuenta de partner de %1 está en estado %2: derívele clientes potenciales cuando vuelva a estar activa.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>%1 referred a lead to you: %2</source>
        <translation>%1 le derivó un cliente potencial: %2</translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 referred a lead to %4 on %5:

Company: %6
Contact: %7
Email: %8
Phone: %9
</source>
        <translation>Hola, %1:

%2, de %3, derivó un cliente potencial a %4 el %5:

Empresa: %6
Contacto: %7
Correo electrónico: %8
Teléfono: %9
</translation>
    </message>
    <message>
        <source>Country/region: %1
Notes: %2

It is on your Referrals page as New. Invite the customer from there to request a reseller relationship.</source>
        <translation>País o región: %1
Notas: %2

Aparece en su página Referencias con el estado Nuevo. Invite al cliente desde allí para solicitar una relación de revendedor.</translation>
    </message>
    <message>
        <source>This referral doesn&apos;t exist.</source>
        <translation>Esta referencia no existe.</translation>
    </message>
    <message>
        <source>Only %1, the reseller working on the lead %2, can change it.</source>
        <translation>Solo %1, el revendedor que trabaja con el cliente potencial %2, puede cambiarla.</translation>
    </message>
    <message>
        <source>The referral of %1 is %2, so it can&apos;t be marked %3. A new referral is accepted or lost; an accepted one is won or lost.</source>
        <extracomment>%1 is a company, %2 and %3 are referral statuses such as New and Won.</extracomment>
        <translation>La referencia de %1 tiene el estado %2, así que no se puede marcar como %3. Una referencia nueva se acepta o se pierde; una aceptada se gana o se pierde.</translation>
    </message>
    <message>
        <source>The referral of %1 is %2: it can no longer become an invitation.</source>
        <translation>La referencia de %1 tiene el estado %2: ya no puede convertirse en una invitación.</translation>
    </message>
    <message>
        <source>This invitation doesn&apos;t exist.</source>
        <translation>Esta invitación no existe.</translation>
    </message>
    <message>
        <source>Only an invitation that asks a customer for a reseller relationship can come from a referral.</source>
        <translation>Solo una invitación que solicita a un cliente una relación de revendedor puede proceder de una referencia.</translation>
    </message>
    <message>
        <source>The invitation to %1 is %2: send a new one.</source>
        <translation>La invitación a %1 tiene el estado %2: envíe una nueva.</translation>
    </message>
    <message>
        <source>The lead you referred, %1, is now %2</source>
        <extracomment>%1 is the company referred, %2 its new status such as Won.</extracomment>
        <translation>El cliente potencial que derivó, %1, tiene ahora el estado %2</translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 moved the lead you referred, %4, from %5 to %6 on %7.</source>
        <translation>Hola, %1:

%2, de %3, cambió el cliente potencial que usted derivó, %4, de %5 a %6 el %7.</translation>
    </message>
    <message>
        <source>%1 sent %2 an invitation to make it its reseller.</source>
        <translation>%1 envió a %2 una invitación para que lo convierta en su revendedor.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Your leads, wherever they came from, and the leads you referred to your resellers.</source>
        <translation>Sus clientes potenciales, vengan de donde vengan, y los clientes potenciales que derivó a sus revendedores.</translation>
    </message>
    <message>
        <source>The leads you referred to your indirect resellers, and how far each got. A reseller marks a lead accepted, won or lost; you get a message each time.</source>
        <translation>Los clientes potenciales que derivó a sus revendedores indirectos y hasta dónde llegó cada uno. Un revendedor marca un cliente potencial como aceptado, ganado o perdido; usted recibe un mensaje cada vez.</translation>
    </message>
    <message>
        <source>Customers come from your own marketing, Microsoft referrals and your indirect providers. Keep track of each lead here, and invite it to request a reseller relationship: it becomes Accepted.</source>
        <translation>Los clientes proceden de su propio marketing, de referencias de Microsoft y de sus proveedores indirectos. Haga un seguimiento de cada cliente potencial aquí e invítelo a solicitar una relación de revendedor: pasa al estado Aceptado.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nueva referencia…</translation>
    </message>
    <message>
        <source>&amp;Refer a lead…</source>
        <translation>&amp;Derivar un cliente potencial…</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <source>Email the lead&apos;s contact a request for a reseller relationship; the referral becomes Accepted.</source>
        <translation>Enviar al contacto del cliente potencial un correo electrónico que solicita una relación de revendedor; la referencia pasa al estado Aceptado.</translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation>Marcar como a&amp;ceptada</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Marcar como &amp;ganada</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Marcar como &amp;perdida…</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Country/region: %1</source>
        <translation>País o región: %1</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Último cambio: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>%1 is recorded as a new referral.</source>
        <translation>Se ha registrado %1 como referencia nueva.</translation>
    </message>
    <message>
        <source>%1 is referred to %2, whose primary contact gets a message.</source>
        <translation>%1 se ha derivado a %2, cuyo contacto principal recibe un mensaje.</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Marcar como perdida</translation>
    </message>
    <message>
        <source>Mark the referral of %1 as lost? A lost referral can&apos;t be changed again.</source>
        <translation>¿Desea marcar la referencia de %1 como perdida? Una referencia perdida no se puede volver a cambiar.</translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation>&amp;Marcar como perdida</translation>
    </message>
    <message>
        <source>The referral of %1 is now %2.</source>
        <translation>La referencia de %1 tiene ahora el estado %2.</translation>
    </message>
    <message>
        <source>The invitation to %1 is recorded as Pending, and the referral of %2 is now Accepted.</source>
        <translation>La invitación a %1 queda registrada como Pendiente, y la referencia de %2 tiene ahora el estado Aceptado.</translation>
    </message>
</context>
<context>
    <name>RelationshipService</name>
    <message>
        <source>This invitation asks a customer for a reseller relationship: a Global administrator of the customer&apos;s tenant accepts it.</source>
        <translation>Esta invitación solicita a un cliente una relación de revendedor: la acepta un administrador global del inquilino del cliente.</translation>
    </message>
    <message>
        <source>%1 invites an indirect reseller. Sign in as an Admin agent of your reseller&apos;s partner account to accept; %2 has no partner account.</source>
        <translation>%1 invita a un revendedor indirecto. Para aceptar, inicie sesión como agente de administración de su cuenta de partner de revendedor; %2 no tiene cuenta de partner.</translation>
    </message>
    <message>
        <source>%1 invites an indirect reseller, and %2 is not one. Sign in as an Admin agent of an indirect reseller to accept.</source>
        <translation>%1 invita a un revendedor indirecto, y %2 no lo es. Para aceptar, inicie sesión como agente de administración de un revendedor indirecto.</translation>
    </message>
    <message>
        <source>This invitation comes from your own partner account.</source>
        <translation>Esta invitación procede de su propia cuenta de partner.</translation>
    </message>
    <message>
        <source>%1 serves resellers in %2, not in %3: a provider can only be authorized by resellers in a country it serves.</source>
        <translation>%1 atiende a revendedores en %2, no en %3: solo pueden autorizar a un proveedor los revendedores de un país al que atiende.</translation>
    </message>
    <message>
        <source>no country yet</source>
        <translation>ningún país todavía</translation>
    </message>
    <message>
        <source>%1 is already your indirect provider (since %2).</source>
        <translation>%1 ya es su proveedor indirecto (desde el %2).</translation>
    </message>
    <message>
        <source>Check the box to confirm that %1 may submit orders and add subscriptions for your customers and have administrator access to your tenant.</source>
        <translation>Active la casilla para confirmar que %1 puede enviar pedidos y agregar suscripciones para sus clientes y tener acceso de administrador a su inquilino.</translation>
    </message>
    <message>
        <source>%1 is now your indirect provider</source>
        <translation>%1 es ahora su proveedor indirecto</translation>
    </message>
    <message>
        <source>Hello %1,

%2 authorized %3 (Partner ID %4) as the indirect provider of %5 on %6.

%3 may now submit orders and add subscriptions on behalf of your customers, and has administrator access to your tenant. An Admin agent can end this relationship on the Indirect providers page.</source>
        <translation>Hola, %1:

%2 autorizó a %3 (Id. de partner %4) como proveedor indirecto de %5 el %6.

%3 ya puede enviar pedidos y agregar suscripciones en nombre de sus clientes, y tiene acceso de administrador a su inquilino. Un agente de administración puede finalizar esta relación en la página Proveedores indirectos.</translation>
    </message>
    <message>
        <source>%1 accepted your invitation</source>
        <translation>%1 aceptó su invitación</translation>
    </message>
    <message>
        <source>Hello %1,

%2 (Partner ID %3) authorized %4 as its indirect provider on %5. It is now on your Indirect resellers page.</source>
        <translation>Hola, %1:

%2 (Id. de partner %3) autorizó a %4 como su proveedor indirecto el %5. Ya aparece en su página Revendedores indirectos.</translation>
    </message>
    <message>
        <source>This relationship doesn&apos;t exist.</source>
        <translation>Esta relación no existe.</translation>
    </message>
    <message>
        <source>The relationship between %1 and %2 already ended on %3.</source>
        <translation>La relación entre %1 y %2 ya finalizó el %3.</translation>
    </message>
    <message>
        <source>The relationship between %1 and %2 has ended</source>
        <translation>La relación entre %1 y %2 ha finalizado</translation>
    </message>
    <message>
        <source>The relationship with %1 ended on %2: %3 can no longer act for it or its customers.</source>
        <translation>La relación con %1 finalizó el %2: %3 ya no puede actuar en su nombre ni en el de sus clientes.</translation>
    </message>
    <message>
        <source>This reseller has not authorized you as its indirect provider, so you can&apos;t act for it or its customers.</source>
        <translation>Este revendedor no le ha autorizado como su proveedor indirecto, así que no puede actuar en su nombre ni en el de sus clientes.</translation>
    </message>
    <message>
        <source>The partner account of %1 is %2: nobody can act for it until it is Active again.</source>
        <translation>La cuenta de partner de %1 está en estado %2: nadie puede actuar en su nombre hasta que vuelva a estar activa.</translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 ended the indirect relationship between %4 (provider) and %5 (reseller) on %6.

%4 can no longer submit orders or add subscriptions for the customers of %5, and no longer serves the customers it served only through %5. The relationship stays as history on the Indirect providers and Indirect resellers pages.</source>
        <translation>Hola, %1:

%2 de %3 finalizó la relación indirecta entre %4 (proveedor) y %5 (revendedor) el %6.

%4 ya no puede enviar pedidos ni agregar suscripciones para los clientes de %5, y deja de atender a los clientes que atendía solo a través de %5. La relación permanece como historial en las páginas Proveedores indirectos y Revendedores indirectos.</translation>
    </message>
    <message>
        <source>%1 is a customer of %2, so the two can&apos;t work together as indirect provider and reseller: %2 would serve as a customer the tenant of its own provider or reseller.</source>
        <translation>%1 es cliente de %2, así que no pueden trabajar juntos como proveedor indirecto y revendedor: %2 atendería como cliente al inquilino de su propio proveedor o revendedor.</translation>
    </message>
    <message>
        <source>The indirect relationship between %1 and %2 ended.</source>
        <translation>La relación indirecta entre %1 y %2 finalizó.</translation>
    </message>
</context>
<context>
    <name>ResellerAccountDialog</name>
    <message>
        <source>Create a reseller account</source>
        <translation>Crear una cuenta de revendedor</translation>
    </message>
    <message>
        <source>%1 is already enrolled in the Cloud Solution Provider program. To resell as an indirect reseller too, give the customer support contact information for your customers.</source>
        <translation>%1 ya está inscrito en el programa Proveedor de soluciones en la nube (CSP). Para revender también como revendedor indirecto, proporcione la información de contacto del soporte técnico para sus clientes.</translation>
    </message>
    <message>
        <source>Support &amp;email:</source>
        <translation>&amp;Correo electrónico de soporte técnico:</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>Support &amp;phone:</source>
        <translation>&amp;Teléfono de soporte técnico:</translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation>https://www.example.com (opcional)</translation>
    </message>
    <message>
        <source>Support &amp;web site:</source>
        <translation>Sitio &amp;web de soporte técnico:</translation>
    </message>
    <message>
        <source>C&amp;reate reseller account</source>
        <translation>C&amp;rear la cuenta de revendedor</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and enroll</source>
        <translation>Revisar e inscribirse</translation>
    </message>
    <message>
        <source>Check what you entered. Back changes it; Enroll now creates your partner account.</source>
        <translation>Revise lo que escribió. Atrás permite cambiarlo; Inscribirse ahora crea su cuenta de partner.</translation>
    </message>
    <message>
        <source>&amp;Enroll now</source>
        <translation>&amp;Inscribirse ahora</translation>
    </message>
    <message>
        <source>New tenant %1 (%2), Global administrator %3</source>
        <translation>Inquilino nuevo %1 (%2), administrador global %3</translation>
    </message>
    <message>
        <source>%1 (%2), signed in as %3</source>
        <translation>%1 (%2), con sesión iniciada como %3</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Id. de partner</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>Nombre legal de la empresa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2, %3, %4</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>Soporte técnico al cliente</translation>
    </message>
    <message>
        <source>We&apos;ll email the primary contact a code to verify that this address belongs to your organization.</source>
        <translation>Enviaremos al contacto principal un código para verificar que esta dirección pertenece a su organización.</translation>
    </message>
</context>
<context>
    <name>SampleWorkspace</name>
    <message>
        <source>The sample names an unknown partner %1.</source>
        <translation>El ejemplo hace referencia a un partner desconocido: %1.</translation>
    </message>
    <message>
        <source>The sample workspace %1 could not be read.</source>
        <translation>No se pudo leer el área de trabajo de ejemplo %1.</translation>
    </message>
    <message>
        <source>%1 is not a PartnerDesk sample workspace.</source>
        <translation>%1 no es un área de trabajo de ejemplo de PartnerDesk.</translation>
    </message>
    <message>
        <source>The sample can only be loaded into an empty workspace.</source>
        <translation>El ejemplo solo se puede cargar en un área de trabajo vacía.</translation>
    </message>
    <message>
        <source>The sample&apos;s partner %1 is not valid: %2</source>
        <translation>El partner %1 del ejemplo no es válido: %2</translation>
    </message>
    <message>
        <source>The sample names an unknown partner or user in an indirect relationship.</source>
        <translation>El ejemplo hace referencia a un partner o usuario desconocido en una relación indirecta.</translation>
    </message>
    <message>
        <source>The sample names an unknown partner in a subscription.</source>
        <translation>El ejemplo hace referencia a un partner desconocido en una suscripción.</translation>
    </message>
    <message>
        <source>The sample names an unknown user %1.</source>
        <translation>El ejemplo hace referencia a un usuario desconocido: %1.</translation>
    </message>
</context>
<context>
    <name>SendmailTransport</name>
    <message>
        <source>%1 is not a program PartnerDesk can run to send email. Give the full path of a sendmail-compatible program, such as /usr/sbin/sendmail.</source>
        <translation>%1 no es un programa que PartnerDesk pueda ejecutar para enviar correo electrónico. Indique la ruta completa de un programa compatible con sendmail, como /usr/sbin/sendmail.</translation>
    </message>
    <message>
        <source>The message to %1 could not be sent: %2 did not accept it. Nothing was changed; check the computer&apos;s mail setup, then try again.</source>
        <translation>No se pudo enviar el mensaje para %1: %2 no lo aceptó. No se cambió nada; revise la configuración de correo del equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Look for it in the inbox of %1.</source>
        <translation>Búsquelo en la bandeja de entrada de %1.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Only users of a partner account can %1.</source>
        <translation>Solo los usuarios de una cuenta de partner pueden %1.</translation>
    </message>
    <message>
        <source>Your roles in %1 don&apos;t allow you to %2. Ask an Admin agent.</source>
        <translation>Sus roles en %1 no le permiten %2. Consulte a un agente de administración.</translation>
    </message>
    <message>
        <source>Your partner account is %1: you can %2 once it is Active.</source>
        <translation>Su cuenta de partner tiene el estado %1: podrá %2 cuando esté activa.</translation>
    </message>
    <message>
        <source>Only a Global administrator of a customer&apos;s tenant can see the partners serving it.</source>
        <translation>Solo un administrador global del inquilino de un cliente puede ver los partners que le prestan servicio.</translation>
    </message>
    <message>
        <source>Only a program administrator of this workspace can do this.</source>
        <translation>Solo un administrador del programa de esta área de trabajo puede hacer esto.</translation>
    </message>
</context>
<context>
    <name>SharedCustomersDialog</name>
    <message>
        <source>You and %1 share no customer yet. Invite new customers to ask a customer for reseller relationships with both of you.</source>
        <translation>Usted y %1 aún no comparten ningún cliente. Invite a clientes nuevos para pedir a un cliente relaciones de revendedor con ambos.</translation>
    </message>
    <message>
        <source>The customers you and %1 both serve: %2.</source>
        <translation>Los clientes que usted y %1 atienden: %2.</translation>
    </message>
    <message>
        <source>Customers shared with %1</source>
        <translation>Clientes compartidos con %1</translation>
    </message>
    <message>
        <source>Shared customers</source>
        <translation>Clientes compartidos</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation>Dominio principal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to PartnerDesk</source>
        <translation>Iniciar sesión en PartnerDesk</translation>
    </message>
    <message>
        <source>Sign in with the user name and password of your organization&apos;s tenant.</source>
        <translation>Inicie sesión con el nombre de usuario y la contraseña del inquilino de su organización.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>someone@example.onmicrosoft.com</source>
        <translation>alguien@example.onmicrosoft.com</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Veri&amp;ficar</translation>
    </message>
    <message>
        <source>Two-step verification is on for %1.</source>
        <translation>La verificación en dos pasos está activada para %1.</translation>
    </message>
    <message>
        <source>Enter one of your recovery &amp;codes:</source>
        <translation>Escriba uno de sus &amp;códigos de recuperación:</translation>
    </message>
    <message>
        <source>Enter the 6-digit &amp;code from your authenticator app:</source>
        <translation>Escriba el &amp;código de 6 dígitos de su aplicación de autenticación:</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>Use a code from the &amp;app instead</source>
        <translation>Usar un código de la &amp;aplicación</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code instead</source>
        <translation>Usar un código de &amp;recuperación</translation>
    </message>
    <message>
        <source>Your organization requires two-step verification: set it up to sign in.</source>
        <translation>Su organización exige la verificación en dos pasos: configúrela para iniciar sesión.</translation>
    </message>
    <message>
        <source>Your sign-in remembered on this computer couldn&apos;t be read: %1.</source>
        <translation>No se pudo leer el inicio de sesión recordado en este equipo: %1.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>No recordado</translation>
    </message>
    <message>
        <source>You&apos;re signed in, but PartnerDesk couldn&apos;t remember you on this computer: %1.</source>
        <translation>Ha iniciado sesión, pero PartnerDesk no pudo recordarle en este equipo: %1.</translation>
    </message>
    <message>
        <source>Not forgotten</source>
        <translation>No olvidado</translation>
    </message>
    <message>
        <source>PartnerDesk couldn&apos;t forget the sign-in it remembered on this computer: %1. Remove the entry of PartnerDesk from the system keychain yourself.</source>
        <translation>PartnerDesk no pudo olvidar el inicio de sesión que recordaba en este equipo: %1. Quite usted mismo la entrada de PartnerDesk del llavero del sistema.</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Keeps your user name and password in this computer&apos;s keychain, so that you needn&apos;t type them next time. Clear it when you sign in to forget them.</source>
        <translation>Guarda su nombre de usuario y su contraseña en el llavero de este equipo, para que no tenga que escribirlos la próxima vez. Desmárquelo al iniciar sesión para olvidarlos.</translation>
    </message>
    <message>
        <source>%1 The password remembered on this computer no longer works, so PartnerDesk forgot it.</source>
        <translation>%1 La contraseña recordada en este equipo ya no sirve, así que PartnerDesk la olvidó.</translation>
    </message>
</context>
<context>
    <name>SignInProgress</name>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation>No se encontró el registro; es posible que se haya quitado.</translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation>Este registro ya existe.</translation>
    </message>
    <message>
        <source>The audit log can&apos;t be changed.</source>
        <translation>El registro de auditoría no se puede cambiar.</translation>
    </message>
    <message>
        <source>The workspace could not be updated: %1</source>
        <translation>No se pudo actualizar el área de trabajo: %1</translation>
    </message>
    <message>
        <source>The workspace is busy: another PartnerDesk window is saving to it. Try again in a moment.</source>
        <translation>El área de trabajo está ocupada: otra ventana de PartnerDesk está guardando en ella. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The workspace is read-only, so the change could not be saved.</source>
        <translation>El área de trabajo es de solo lectura, así que no se pudo guardar el cambio.</translation>
    </message>
    <message>
        <source>The workspace could not be read or written: the disk reported an error.</source>
        <translation>No se pudo leer ni escribir el área de trabajo: el disco notificó un error.</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full, so the change could not be saved.</source>
        <translation>El disco que contiene el área de trabajo está lleno, así que no se pudo guardar el cambio.</translation>
    </message>
    <message>
        <source>The workspace is damaged, so the change could not be saved. Close PartnerDesk; opening the workspace again names its newest backup.</source>
        <translation>El área de trabajo está dañada, así que no se pudo guardar el cambio. Cierre PartnerDesk; al volver a abrir el área de trabajo se indica su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same moment, so this change was not saved. Look at what is shown now, then try again.</source>
        <translation>Otra persona cambió los mismos registros en el mismo momento, así que este cambio no se guardó. Revise lo que se muestra ahora y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the shared workspace was lost, so nothing of this change was saved. PartnerDesk connects again when the server is back; then try again.</source>
        <translation>Se perdió la conexión con el área de trabajo compartida, así que no se guardó nada de este cambio. PartnerDesk vuelve a conectarse cuando el servidor está disponible; entonces vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The shared workspace refused this, so nothing of it was saved: %1. Look at what is shown now; if it still looks right, ask your administrator.</source>
        <translation>El área de trabajo compartida lo rechazó, así que no se guardó nada: %1. Mire lo que se muestra ahora; si sigue pareciendo correcto, consulte a su administrador.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Indirect resellers, indirect providers and their customers in the Cloud Solution Provider program.</source>
        <translation>Revendedores indirectos, proveedores indirectos y sus clientes en el programa Proveedor de soluciones en la nube (CSP).</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Área de trabajo: %1</translation>
    </message>
    <message>
        <source>This workspace is empty. Open the sample workspace to explore PartnerDesk, or create the program administrator to start your own.</source>
        <translation>Esta área de trabajo está vacía. Abra el área de trabajo de ejemplo para explorar PartnerDesk o cree el administrador del programa para empezar con la suya.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Open the sample workspace</source>
        <translation>A&amp;brir el área de trabajo de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Create the program administrator…</source>
        <translation>&amp;Crear el administrador del programa…</translation>
    </message>
    <message>
        <source>&amp;Enroll as an indirect reseller…</source>
        <translation>I&amp;nscribirse como revendedor indirecto…</translation>
    </message>
    <message>
        <source>&amp;Accept an invitation…</source>
        <translation>Ace&amp;ptar una invitación…</translation>
    </message>
</context>
<context>
    <name>SupportProfilePage</name>
    <message>
        <source>Support profile</source>
        <translation>Perfil de soporte técnico</translation>
    </message>
    <message>
        <source>Customer support profile</source>
        <translation>Perfil de soporte técnico al cliente</translation>
    </message>
    <message>
        <source>Support &amp;email:</source>
        <translation>&amp;Correo electrónico de soporte técnico:</translation>
    </message>
    <message>
        <source>Support &amp;phone:</source>
        <translation>&amp;Teléfono de soporte técnico:</translation>
    </message>
    <message>
        <source>Support &amp;web site:</source>
        <translation>Sitio &amp;web de soporte técnico:</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>soporte@example.com</translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation>+1 425 555 0100</translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation>https://www.example.com (opcional)</translation>
    </message>
</context>
<context>
    <name>SyntheticData</name>
    <message>
        <source>dropped %1 indexes and triggers of the bulk tables for the load</source>
        <translation>se quitaron %1 índices y desencadenadores de las tablas masivas para la carga</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>se creó %1</translation>
    </message>
    <message>
        <source>rebuilt the full-text index of customers</source>
        <translation>se volvió a generar el índice de texto completo de los clientes</translation>
    </message>
    <message>
        <source>%1 resellers with active indirect relationships</source>
        <translation>%1 revendedores con relaciones indirectas activas</translation>
    </message>
    <message>
        <source>%1 of %2 customers (%3 customers/s)</source>
        <translation>%1 de %2 clientes (%3 clientes/s)</translation>
    </message>
    <message>
        <source>A synthetic workspace needs at least one reseller, and no negative counts.</source>
        <translation>Un área de trabajo sintética necesita al menos un revendedor y ningún recuento negativo.</translation>
    </message>
    <message>
        <source>Synthetic data is only written into an empty workspace.</source>
        <translation>Los datos sintéticos solo se escriben en un área de trabajo vacía.</translation>
    </message>
    <message>
        <source>The workspace is busy; nothing was written.</source>
        <translation>El área de trabajo está ocupada; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>analyzed</source>
        <translation>analizado</translation>
    </message>
    <message>
        <source>provider %1 (%2), password hashed with Argon2id, %3 pass(es) over %4 KiB</source>
        <translation>proveedor %1 (%2), contraseña con hash Argon2id, %3 pasada(s) sobre %4 KiB</translation>
    </message>
</context>
<context>
    <name>TenantPage</name>
    <message>
        <source>Your organization&apos;s tenant</source>
        <translation>El inquilino de su organización</translation>
    </message>
    <message>
        <source>Sign in to your organization&apos;s tenant as a Global administrator, or create a new tenant.</source>
        <translation>Inicie sesión en el inquilino de su organización como administrador global o cree un inquilino nuevo.</translation>
    </message>
    <message>
        <source>&amp;Create new tenant</source>
        <translation>&amp;Crear un inquilino nuevo</translation>
    </message>
    <message>
        <source>someone@example.onmicrosoft.com</source>
        <translation>alguien@example.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Global administrator&apos;s &amp;user name:</source>
        <translation>Nombre de &amp;usuario del administrador global:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Organization name:</source>
        <translation>Nombre de la &amp;organización:</translation>
    </message>
    <message>
        <source>&amp;Domain prefix:</source>
        <translation>Prefijo de &amp;dominio:</translation>
    </message>
    <message>
        <source>Country/re&amp;gion:</source>
        <translation>&amp;País o región:</translation>
    </message>
    <message>
        <source>Your tenant&apos;s domain will be prefix.onmicrosoft.com.</source>
        <translation>El dominio de su inquilino será prefijo.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 está disponible.</translation>
    </message>
    <message>
        <source>S&amp;ign in to Azure AD</source>
        <translation>&amp;Iniciar sesión en Azure AD</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The change could not be saved: no transaction is open.</source>
        <translation>No se pudo guardar el cambio: no hay ninguna transacción abierta.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: part of it failed, so none of it was kept.</source>
        <translation>No se pudo guardar el cambio: una parte falló, así que no se ha conservado nada.</translation>
    </message>
</context>
<context>
    <name>TwoStepSetupDialog</name>
    <message>
        <source>Set up two-step verification</source>
        <translation>Configurar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Your organization requires two-step verification. Set it up now to finish signing in: from now on you sign in with your password and a code from an authenticator app on your phone.</source>
        <translation>Su organización exige la verificación en dos pasos. Configúrela ahora para terminar de iniciar sesión: a partir de ahora iniciará sesión con su contraseña y un código de una aplicación de autenticación en su teléfono.</translation>
    </message>
    <message>
        <source>With two-step verification you sign in with your password and a code from an authenticator app on your phone, so your password alone is no longer enough.</source>
        <translation>Con la verificación en dos pasos inicia sesión con su contraseña y un código de una aplicación de autenticación en su teléfono, así que su contraseña ya no basta por sí sola.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Scan it with your authenticator app, or type the key shown beside it into the app.</source>
        <translation>Escanéelo con su aplicación de autenticación o escriba en la aplicación la clave que aparece al lado.</translation>
    </message>
    <message>
        <source>1. Open an authenticator app on your phone, such as Microsoft Authenticator, Google Authenticator or FreeOTP, and add an account.
2. Scan the QR code. If you can&apos;t scan it, choose to enter a key instead and type this key (time-based):</source>
        <translation>1. Abra una aplicación de autenticación en su teléfono, como Microsoft Authenticator, Google Authenticator o FreeOTP, y agregue una cuenta.
2. Escanee el código QR. Si no puede escanearlo, elija escribir una clave y escriba esta clave (basada en el tiempo):</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Key for your authenticator app</source>
        <translation>Clave para su aplicación de autenticación</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>&amp;Copiar clave</translation>
    </message>
    <message>
        <source>The app shows the account as %1 (%2).</source>
        <extracomment>%1 is the issuer shown in the app (PartnerDesk), %2 the user name.</extracomment>
        <translation>La aplicación muestra la cuenta como %1 (%2).</translation>
    </message>
    <message>
        <source>3. &amp;Enter the 6-digit code the app shows for it:</source>
        <translation>3. &amp;Escriba el código de 6 dígitos que muestra la aplicación para ella:</translation>
    </message>
    <message>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Veri&amp;ficar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Two-step verification is on for %1.</source>
        <translation>La verificación en dos pasos está activada para %1.</translation>
    </message>
    <message>
        <source>Save these recovery codes somewhere safe, away from your phone: print them or keep them in a password manager. If you lose your phone, each code signs you in once instead of a code from the app. They are shown only now; setting up two-step verification again replaces them.</source>
        <translation>Guarde estos códigos de recuperación en un lugar seguro, lejos de su teléfono: imprímalos o guárdelos en un administrador de contraseñas. Si pierde el teléfono, cada código le permite iniciar sesión una vez en lugar de un código de la aplicación. Solo se muestran ahora; volver a configurar la verificación en dos pasos los reemplaza.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>C&amp;opy codes</source>
        <translation>C&amp;opiar códigos</translation>
    </message>
    <message>
        <source>I have &amp;saved these codes</source>
        <translation>He &amp;guardado estos códigos</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Save the recovery codes and check “I have saved these codes” first: they are not shown again.</source>
        <translation>Guarde primero los códigos de recuperación y active «He guardado estos códigos»: no se vuelven a mostrar.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Manages the partner account: adds users, changes roles, edits the company&apos;s profiles and authorizes providers, and does everything a Sales agent and a Helpdesk agent do.</source>
        <translation>Administra la cuenta de partner: agrega usuarios, cambia roles, edita los perfiles de la empresa y autoriza proveedores, y hace todo lo que hacen un agente de ventas y un agente del departamento de soporte técnico.</translation>
    </message>
    <message>
        <source>Invites customers, manages their accounts and subscriptions, and requests or submits orders.</source>
        <translation>Invita a clientes, administra sus cuentas y suscripciones, y solicita o envía pedidos.</translation>
    </message>
    <message>
        <source>Manages customers&apos; users and licenses.</source>
        <translation>Administra los usuarios y las licencias de los clientes.</translation>
    </message>
    <message>
        <source>Sees the account, its customers and its indirect partners, and changes nothing.</source>
        <translation>Ve la cuenta, sus clientes y sus partners indirectos, y no cambia nada.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>The new user is created in %1&apos;s tenant and signs in to PartnerDesk with the password you set here. Their roles decide what they may do for %2.</source>
        <translation>El nuevo usuario se crea en el inquilino de %1 e inicia sesión en PartnerDesk con la contraseña que establezca aquí. Sus roles deciden lo que puede hacer para %2.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Cambiar roles</translation>
    </message>
    <message>
        <source>Choose the roles of %1 (%2) in %3.</source>
        <translation>Elija los roles de %1 (%2) en %3.</translation>
    </message>
    <message>
        <source>This user was removed: giving them roles lets them sign in again.</source>
        <translation>Este usuario se quitó: si le asigna roles, podrá volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>UserManagementPage</name>
    <message>
        <source>User management</source>
        <translation>Administración de usuarios</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>A&amp;gregar usuario…</translation>
    </message>
    <message>
        <source>&amp;Change roles…</source>
        <translation>&amp;Cambiar roles…</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>&amp;Quitar usuario…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Add the people of your organization who work in PartnerDesk and choose their roles. Hover over a role in the dialog to see what it may do.</source>
        <translation>Agregue a las personas de su organización que trabajan en PartnerDesk y elija sus roles. Pase el puntero sobre un rol en el cuadro de diálogo para ver lo que puede hacer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in a list: their name, then their user name.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only an Admin agent can add users, change roles or remove users, and %1 has no Admin agent.</source>
        <translation>Solo un agente de administración puede agregar usuarios, cambiar roles o quitar usuarios, y %1 no tiene ningún agente de administración.</translation>
    </message>
    <message>
        <source>Only an Admin agent can add users, change roles or remove users. Ask an Admin agent of %1: %2.</source>
        <translation>Solo un agente de administración puede agregar usuarios, cambiar roles o quitar usuarios. Pídaselo a un agente de administración de %1: %2.</translation>
    </message>
    <message>
        <source>%1 was added. They sign in as %2.</source>
        <translation>Se agregó a %1. Inicia sesión como %2.</translation>
    </message>
    <message>
        <source>The roles of %1 were saved.</source>
        <translation>Se guardaron los roles de %1.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>Remove %1 (%2)? They lose their roles and can no longer sign in.</source>
        <translation>¿Quiere quitar a %1 (%2)? Perderá sus roles y ya no podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Se quitó a %1.</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Reset &amp;two-step verification…</source>
        <translation>Restablecer la verificación en &amp;dos pasos…</translation>
    </message>
    <message>
        <source>Re&amp;quire two-step verification for every user</source>
        <translation>E&amp;xigir la verificación en dos pasos a todos los usuarios</translation>
    </message>
    <message>
        <source>Users who have not set it up do so the next time they sign in.</source>
        <translation>Los usuarios que no la hayan configurado lo harán la próxima vez que inicien sesión.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off: set up at next sign-in</source>
        <translation>Desactivada: se configura en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Two-step verification is on for you since %1: you sign in with your password and a code from your authenticator app. Recovery codes left: %2.</source>
        <translation>La verificación en dos pasos está activada para usted desde el %1: inicia sesión con su contraseña y un código de su aplicación de autenticación. Códigos de recuperación restantes: %2.</translation>
    </message>
    <message>
        <source>Set up &amp;again…</source>
        <translation>Configurar de &amp;nuevo…</translation>
    </message>
    <message>
        <source>Use another phone or app, or get new recovery codes. The old app and codes stop working.</source>
        <translation>Use otro teléfono u otra aplicación, u obtenga códigos de recuperación nuevos. La aplicación y los códigos anteriores dejan de funcionar.</translation>
    </message>
    <message>
        <source>Your organization requires two-step verification, and you have not set it up yet. Set it up now, or PartnerDesk asks you to the next time you sign in.</source>
        <translation>Su organización exige la verificación en dos pasos y usted aún no la ha configurado. Configúrela ahora o PartnerDesk se lo pedirá la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>Two-step verification is off for you. Set it up so that your password alone can&apos;t sign you in.</source>
        <translation>La verificación en dos pasos está desactivada para usted. Configúrela para que su contraseña por sí sola no baste para iniciar sesión.</translation>
    </message>
    <message>
        <source>Set &amp;up two-step verification…</source>
        <translation>Config&amp;urar la verificación en dos pasos…</translation>
    </message>
    <message>
        <source>Two-step verification is on. When you sign in, PartnerDesk asks for a code from your authenticator app after your password.</source>
        <translation>La verificación en dos pasos está activada. Al iniciar sesión, PartnerDesk le pide un código de su aplicación de autenticación después de la contraseña.</translation>
    </message>
    <message>
        <source>Every user of %1 now needs two-step verification to sign in. Those who have not set it up do so the next time they sign in.</source>
        <translation>Ahora todos los usuarios de %1 necesitan la verificación en dos pasos para iniciar sesión. Quienes no la hayan configurado lo harán la próxima vez que inicien sesión.</translation>
    </message>
    <message>
        <source>Two-step verification is no longer required. Users who have set it up keep using it.</source>
        <translation>La verificación en dos pasos ya no es obligatoria. Los usuarios que la configuraron la siguen usando.</translation>
    </message>
    <message>
        <source>Reset two-step verification</source>
        <translation>Restablecer la verificación en dos pasos</translation>
    </message>
    <message>
        <source>Reset two-step verification for %1 (%2)? Their authenticator app and recovery codes stop working for PartnerDesk. They can set it up again, and must at their next sign-in if your organization requires it.</source>
        <translation>¿Restablecer la verificación en dos pasos de %1 (%2)? Su aplicación de autenticación y sus códigos de recuperación dejan de servir para PartnerDesk. Puede volver a configurarla, y debe hacerlo en su próximo inicio de sesión si su organización la exige.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Two-step verification of %1 was reset.</source>
        <translation>Se restableció la verificación en dos pasos de %1.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>the user&apos;s name</source>
        <translation>el nombre del usuario</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
    <message>
        <source>The user was not found in %1; they may have been removed. Reload the list and try again.</source>
        <translation>No se encontró el usuario en %1; puede que se haya quitado. Vuelva a cargar la lista e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is the last Admin agent of %2. The last Admin agent can&apos;t be removed or demoted: make another user an Admin agent first.</source>
        <translation>%1 es el último agente de administración de %2. El último agente de administración no se puede quitar ni degradar: convierta antes a otro usuario en agente de administración.</translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another user name.</source>
        <translation>%1 ya está en uso. Elija otro nombre de usuario.</translation>
    </message>
    <message>
        <source>%1 has already been removed.</source>
        <translation>%1 ya se quitó.</translation>
    </message>
    <message>
        <source>%1 is the last Global administrator of %2 and can&apos;t be removed: nobody could administer the organization&apos;s tenant any more.</source>
        <translation>%1 es el último administrador global de %2 y no se puede quitar: nadie podría volver a administrar el inquilino de la organización.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Enter a domain prefix.</source>
        <translation>Escriba un prefijo de dominio.</translation>
    </message>
    <message>
        <source>The domain prefix can&apos;t contain spaces. Use only the letters a to z and the digits 0 to 9.</source>
        <translation>El prefijo de dominio no puede contener espacios. Use solo las letras de la a a la z y los dígitos del 0 al 9.</translation>
    </message>
    <message>
        <source>The domain prefix can&apos;t contain &quot;%1&quot;. Use only the letters a to z and the digits 0 to 9.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation>El prefijo de dominio no puede contener &quot;%1&quot;. Use solo las letras de la a a la z y los dígitos del 0 al 9.</translation>
    </message>
    <message>
        <source>The domain prefix is too long. Use at most %1 letters or digits.</source>
        <translation>El prefijo de dominio es demasiado largo. Use %1 letras o dígitos como máximo.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Escriba una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>An email address can&apos;t contain spaces.</source>
        <translation>Una dirección de correo electrónico no puede contener espacios.</translation>
    </message>
    <message>
        <source>The email address is too long. Use at most %1 characters.</source>
        <translation>La dirección de correo electrónico es demasiado larga. Use %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Enter an email address with one @, such as name@example.com.</source>
        <translation>Escriba una dirección de correo electrónico con una sola @, como nombre@example.com.</translation>
    </message>
    <message>
        <source>Enter the part of the email address before the @, such as name@example.com.</source>
        <translation>Escriba la parte de la dirección de correo electrónico anterior a la @, como nombre@example.com.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is too long. Use at most %1 characters.</source>
        <translation>La parte de la dirección de correo electrónico anterior a la @ es demasiado larga. Use %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The email address can&apos;t contain &quot;%1&quot; before the @.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation>La dirección de correo electrónico no puede contener &quot;%1&quot; antes de la @.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ can&apos;t start or end with a dot or have two dots in a row.</source>
        <translation>La parte de la dirección de correo electrónico anterior a la @ no puede empezar ni terminar con un punto ni tener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>Enter the domain after the @, such as example.com.</source>
        <translation>Escriba el dominio después de la @, como example.com.</translation>
    </message>
    <message>
        <source>The email address can&apos;t contain &quot;%1&quot; after the @.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation>La dirección de correo electrónico no puede contener &quot;%1&quot; después de la @.</translation>
    </message>
    <message>
        <source>The domain of the email address can&apos;t start or end with a dot or have two dots in a row.</source>
        <translation>El dominio de la dirección de correo electrónico no puede empezar ni terminar con un punto ni tener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>Enter the full domain after the @, such as example.com.</source>
        <translation>Escriba el dominio completo después de la @, como example.com.</translation>
    </message>
    <message>
        <source>A part of the email domain can&apos;t start or end with a hyphen.</source>
        <translation>Ninguna parte del dominio de correo electrónico puede empezar ni terminar con un guion.</translation>
    </message>
    <message>
        <source>Each part of the email domain between dots can have at most %1 characters.</source>
        <translation>Cada parte del dominio de correo electrónico entre puntos puede tener %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The email domain must end with two or more letters, such as .com.</source>
        <translation>El dominio de correo electrónico debe terminar con dos o más letras, como .com.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Escriba un número de teléfono.</translation>
    </message>
    <message>
        <source>Enter the phone number in international format, starting with + and the country code, such as +1 425 555 0100.</source>
        <translation>Escriba el número de teléfono en formato internacional, empezando por + y el código de país, como +1 425 555 0100.</translation>
    </message>
    <message>
        <source>The phone number can&apos;t contain &quot;%1&quot;. Use only digits, spaces, dashes, dots and parentheses after the +.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation>El número de teléfono no puede contener &quot;%1&quot;. Use solo dígitos, espacios, guiones, puntos y paréntesis después del +.</translation>
    </message>
    <message>
        <source>The country code after the + can&apos;t start with 0. Enter the number in international format, such as +1 425 555 0100.</source>
        <translation>El código de país después del + no puede empezar por 0. Escriba el número en formato internacional, como +1 425 555 0100.</translation>
    </message>
    <message>
        <source>The phone number is too short. Enter %1 to %2 digits, including the country code.</source>
        <translation>El número de teléfono es demasiado corto. Escriba entre %1 y %2 dígitos, incluido el código de país.</translation>
    </message>
    <message>
        <source>The phone number is too long. Enter %1 to %2 digits, including the country code.</source>
        <translation>El número de teléfono es demasiado largo. Escriba entre %1 y %2 dígitos, incluido el código de país.</translation>
    </message>
    <message>
        <source>Choose a country or region.</source>
        <translation>Seleccione un país o región.</translation>
    </message>
    <message>
        <source>Enter a two-letter country or region code, such as US.</source>
        <translation>Escriba un código de país o región de dos letras, como US.</translation>
    </message>
    <message>
        <source>Enter the country or region code in capital letters, such as US.</source>
        <translation>Escriba el código de país o región en mayúsculas, como US.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country or region code. Enter a two-letter ISO 3166 code, such as US.</source>
        <extracomment>%1 is the two-letter code the person entered.</extracomment>
        <translation>&quot;%1&quot; no es un código de país o región. Escriba un código ISO 3166 de dos letras, como US.</translation>
    </message>
    <message>
        <source>Enter a Partner ID.</source>
        <translation>Escriba un Id. de partner.</translation>
    </message>
    <message>
        <source>The Partner ID can&apos;t contain spaces. Enter its 6 or 7 digits, such as 1234567.</source>
        <translation>El Id. de partner no puede contener espacios. Escriba sus 6 o 7 dígitos, como 1234567.</translation>
    </message>
    <message>
        <source>The Partner ID can&apos;t contain &quot;%1&quot;. Enter its 6 or 7 digits, such as 1234567.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation>El Id. de partner no puede contener &quot;%1&quot;. Escriba sus 6 o 7 dígitos, como 1234567.</translation>
    </message>
    <message>
        <source>A Partner ID has 6 or 7 digits. Enter a number such as 1234567.</source>
        <translation>Un Id. de partner tiene 6 o 7 dígitos. Escriba un número como 1234567.</translation>
    </message>
    <message>
        <source>Enter a website address.</source>
        <translation>Escriba una dirección de sitio web.</translation>
    </message>
    <message>
        <source>A website address can&apos;t contain spaces.</source>
        <translation>Una dirección de sitio web no puede contener espacios.</translation>
    </message>
    <message>
        <source>The website address is too long. Use at most %1 characters.</source>
        <translation>La dirección del sitio web es demasiado larga. Use %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Enter a website address that starts with http:// or https://, such as https://www.example.com.</source>
        <translation>Escriba una dirección de sitio web que empiece por http:// o https://, como https://www.example.com.</translation>
    </message>
    <message>
        <source>Enter a valid website address, such as https://www.example.com.</source>
        <translation>Escriba una dirección de sitio web válida, como https://www.example.com.</translation>
    </message>
    <message>
        <source>A website address can&apos;t contain a user name or password. Enter an address such as https://www.example.com.</source>
        <translation>Una dirección de sitio web no puede contener un nombre de usuario ni una contraseña. Escriba una dirección como https://www.example.com.</translation>
    </message>
    <message>
        <source>Enter the website&apos;s host name, such as https://www.example.com.</source>
        <translation>Escriba el nombre de host del sitio web, como https://www.example.com.</translation>
    </message>
    <message>
        <source>The website&apos;s host name can&apos;t contain &quot;%1&quot;.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation>El nombre de host del sitio web no puede contener &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter a full website address, such as https://www.example.com.</source>
        <translation>Escriba una dirección de sitio web completa, como https://www.example.com.</translation>
    </message>
    <message>
        <source>A part of the website&apos;s host name can&apos;t start or end with a hyphen.</source>
        <translation>Ninguna parte del nombre de host del sitio web puede empezar ni terminar con un guion.</translation>
    </message>
    <message>
        <source>Each part of the website&apos;s host name between dots can have at most %1 characters.</source>
        <translation>Cada parte del nombre de host del sitio web entre puntos puede tener %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Escriba una contraseña.</translation>
    </message>
    <message>
        <source>The password is too short. Use %1 to %2 characters.</source>
        <translation>La contraseña es demasiado corta. Use entre %1 y %2 caracteres.</translation>
    </message>
    <message>
        <source>The password is too long. Use %1 to %2 characters.</source>
        <translation>La contraseña es demasiado larga. Use entre %1 y %2 caracteres.</translation>
    </message>
    <message>
        <source>The password is too simple. Use at least three of these: lower-case letters, upper-case letters, digits and symbols.</source>
        <translation>La contraseña es demasiado sencilla. Use al menos tres de estos tipos de caracteres: letras minúsculas, letras mayúsculas, dígitos y símbolos.</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters, with at least three of these: lower-case letters, upper-case letters, digits and symbols.</source>
        <translation>Use entre %1 y %2 caracteres, con al menos tres de estos tipos: letras minúsculas, letras mayúsculas, dígitos y símbolos.</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <extracomment>%1 is a noun phrase given by the caller, such as &quot;the legal business name&quot;.</extracomment>
        <translation>Escriba %1.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
    <message>
        <source>The user name can&apos;t contain spaces.</source>
        <translation>El nombre de usuario no puede contener espacios.</translation>
    </message>
    <message>
        <source>The user name can&apos;t contain &quot;%1&quot;. Use only the letters a to z, digits, dots, hyphens and underscores.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation>El nombre de usuario no puede contener &quot;%1&quot;. Use solo las letras de la a a la z, dígitos, puntos, guiones y caracteres de subrayado.</translation>
    </message>
    <message>
        <source>The user name is too long. Use at most %1 characters.</source>
        <translation>El nombre de usuario es demasiado largo. Use %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The user name can&apos;t start or end with a dot.</source>
        <translation>El nombre de usuario no puede empezar ni terminar con un punto.</translation>
    </message>
    <message>
        <source>The user name can&apos;t have two dots in a row.</source>
        <translation>El nombre de usuario no puede tener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>The two passwords don&apos;t match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>The domain after the @ isn&apos;t a valid internationalized domain name.</source>
        <translation>El dominio después de la @ no es un nombre de dominio internacionalizado válido.</translation>
    </message>
    <message>
        <source>No country uses the calling code at the start of this number. Enter the number in international format, such as +1 425 555 0100.</source>
        <translation>Ningún país usa el código de llamada del principio de este número. Escriba el número en formato internacional, como +1 425 555 0100.</translation>
    </message>
    <message>
        <source>This is not a phone number that exists. Check its digits.</source>
        <translation>Este no es un número de teléfono que exista. Compruebe sus dígitos.</translation>
    </message>
    <message>
        <source>This is not a phone number that exists in %1. Check the digits after the country code.</source>
        <translation>Este no es un número de teléfono que exista en %1. Compruebe los dígitos después del código de país.</translation>
    </message>
    <message>
        <source>This is not a phone number that exists in %1. Check its digits.</source>
        <extracomment>%1 is a country name, such as United States.</extracomment>
        <translation>Este no es un número de teléfono que exista en %1. Compruebe sus dígitos.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Enroll in the Cloud Solution Provider program as an indirect reseller.</source>
        <translation>Inscríbase en el programa Proveedor de soluciones en la nube (CSP) como revendedor indirecto.</translation>
    </message>
    <message>
        <source>&lt;p&gt;As an indirect reseller you work with indirect providers (distributors), who provide customer support and billing. Before you begin, gather:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Global administrator credentials&lt;/b&gt; for your organization&apos;s tenant. If your organization has no tenant, you can create one now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The user name and password you use to sign in to the Partner Membership Center&lt;/b&gt;, to link your organization&apos;s MPN ID with the new account.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your organization&apos;s legal business name, address, primary contact and support details.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;It can take several days to review and verify what you provide. We&apos;ll email your primary contact when the review is complete.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Como revendedor indirecto, trabaja con proveedores indirectos (distribuidores), que ofrecen soporte técnico al cliente y facturación. Antes de empezar, reúna:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Las credenciales de administrador global&lt;/b&gt; del inquilino de su organización. Si su organización no tiene inquilino, puede crear uno ahora.&lt;/li&gt;&lt;li&gt;&lt;b&gt;El nombre de usuario y la contraseña con los que inicia sesión en el Partner Membership Center&lt;/b&gt;, para vincular el Id. de MPN de su organización con la nueva cuenta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;El nombre legal de la empresa, la dirección, el contacto principal y los datos de soporte técnico de su organización.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Revisar y verificar la información que proporcione puede tardar varios días. Enviaremos un correo electrónico a su contacto principal cuando termine la revisión.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace is busy or unavailable; try again.</source>
        <translation>El área de trabajo está ocupada o no está disponible; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>PartnerDesk tried to act for %1 without their own database login, so nothing was done.</source>
        <translation>PartnerDesk intentó actuar por %1 sin su propio inicio de sesión de base de datos, así que no se hizo nada.</translation>
    </message>
    <message>
        <source>The shared workspace %1 was brought up to date by another version of PartnerDesk: its offer catalog or its permissions differ from this version&apos;s, and only its owner may change them. Ask the server&apos;s administrator to open it once with this PartnerDesk and the owner&apos;s address. Nothing was changed.</source>
        <translation>El área de trabajo compartida %1 la actualizó otra versión de PartnerDesk: su catálogo de ofertas o sus permisos difieren de los de esta versión, y solo su propietario puede cambiarlos. Pida al administrador del servidor que la abra una vez con este PartnerDesk y la dirección del propietario. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database login %1 belongs to no enabled user.</source>
        <translation>El inicio de sesión de base de datos %1 no pertenece a ningún usuario habilitado.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>The workspace&apos;s tables refer to each other in a circle, so they can&apos;t be copied one after another.</source>
        <translation>Las tablas del área de trabajo se refieren unas a otras en círculo, así que no se pueden copiar una tras otra.</translation>
    </message>
    <message>
        <source>%1 and %2 are of different versions of PartnerDesk; open both with this version first.</source>
        <translation>%1 y %2 son de versiones distintas de PartnerDesk; abra primero ambos con esta versión.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; nothing was copied. Copy into a new file, or into an empty database.</source>
        <translation>%1 ya contiene un área de trabajo; no se copió nada. Copie en un archivo nuevo o en una base de datos vacía.</translation>
    </message>
    <message>
        <source>%1 is busy or unavailable; nothing was copied.</source>
        <translation>%1 está ocupado o no disponible; no se copió nada.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written to %1.</source>
        <translation>Se canceló la copia; no se escribió nada en %1.</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows where the workspace has %3; nothing was copied.</source>
        <translation>La copia de %1 tiene %2 filas donde el área de trabajo tiene %3; no se copió nada.</translation>
    </message>
</context>
<context>
    <name>WorkspaceErrorDialog</name>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>PartnerDesk could not open the workspace.</source>
        <translation>PartnerDesk no pudo abrir el área de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation>Archivo del área de &amp;trabajo:</translation>
    </message>
    <message>
        <source>Newest &amp;backup:</source>
        <translation>Copia de seguridad más &amp;reciente:</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>No se encontró ninguna</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>Name the workspace file or the shared workspace to open.</source>
        <translation>Indique el archivo del área de trabajo o el área de trabajo compartida que quiere abrir.</translation>
    </message>
    <message>
        <source>%1 is not a shared workspace address: %2</source>
        <translation>%1 no es una dirección de área de trabajo compartida: %2</translation>
    </message>
    <message>
        <source>Leave the password out of the shared workspace address: PartnerDesk asks for it when it opens the workspace, and never writes it down.</source>
        <translation>No incluya la contraseña en la dirección del área de trabajo compartida: PartnerDesk la pide al abrir el área de trabajo y nunca la guarda.</translation>
    </message>
    <message>
        <source>The TLS mode &quot;%1&quot; is not one of %2.</source>
        <translation>El modo TLS «%1» no es ninguno de %2.</translation>
    </message>
    <message>
        <source>The shared workspace address has an option PartnerDesk doesn&apos;t know: %1. It knows sslmode, host, port, user and dbname.</source>
        <translation>La dirección del área de trabajo compartida tiene una opción que PartnerDesk no conoce: %1. Conoce sslmode, host, port, user y dbname.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Name the workspace file to open.</source>
        <translation>Indique el archivo del área de trabajo que quiere abrir.</translation>
    </message>
    <message>
        <source>Name the database of the shared workspace.</source>
        <translation>Indique la base de datos del área de trabajo compartida.</translation>
    </message>
    <message>
        <source>Name the database user to connect as.</source>
        <translation>Indique el usuario de base de datos con el que conectarse.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocationDialog</name>
    <message>
        <source>Open workspace</source>
        <translation>Abrir un área de trabajo</translation>
    </message>
    <message>
        <source>Copy workspace</source>
        <translation>Copiar el área de trabajo</translation>
    </message>
    <message>
        <source>Open a workspace file on this computer, or a shared workspace on a PostgreSQL server. The server asks for the database password when it needs it; PartnerDesk never writes it down.</source>
        <translation>Abra un archivo de área de trabajo de este equipo o un área de trabajo compartida en un servidor PostgreSQL. El servidor pide la contraseña de la base de datos cuando la necesita; PartnerDesk nunca la guarda.</translation>
    </message>
    <message>
        <source>Copy every record of this workspace into a new file (a copy you can open offline), or into an empty database of a PostgreSQL server (to start sharing it). The copy is checked row by row; the workspace itself is not changed.</source>
        <translation>Copie todos los registros de esta área de trabajo en un archivo nuevo (una copia que puede abrir sin conexión) o en una base de datos vacía de un servidor PostgreSQL (para empezar a compartirla). La copia se comprueba fila por fila; el área de trabajo no se modifica.</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Un &amp;archivo de este equipo</translation>
    </message>
    <message>
        <source>A new &amp;file on this computer</source>
        <translation>Un &amp;archivo nuevo en este equipo</translation>
    </message>
    <message>
        <source>A &amp;shared workspace on a PostgreSQL server</source>
        <translation>Un área de trabajo &amp;compartida en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Archivo del área de trabajo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>db.example.com, or empty for this computer</source>
        <translation>db.ejemplo.com, o vacío para este equipo</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate and name checked</source>
        <translation>Obligatorio, comprobando el certificado y el nombre del servidor</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Obligatorio, comprobando el certificado del servidor</translation>
    </message>
    <message>
        <source>Required, without checking the server&apos;s certificate</source>
        <translation>Obligatorio, sin comprobar el certificado del servidor</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>Off (only on a network you trust)</source>
        <translation>Desactivado (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>&amp;Usuario de la base de datos:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Áreas de trabajo recientes</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces:</source>
        <translation>&amp;Recientes:</translation>
    </message>
    <message>
        <source>PartnerDesk workspaces (*.sqlite);;All files (*)</source>
        <translation>Áreas de trabajo de PartnerDesk (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 exists already: a copy goes into a new file.</source>
        <translation>%1 ya existe: una copia va a un archivo nuevo.</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Load the sample workspace into the database if it is empty.</source>
        <translation>Cargar el área de trabajo de ejemplo en la base de datos si está vacía.</translation>
    </message>
    <message>
        <source>PartnerDesk: indirect resellers, indirect providers and their customers in the Cloud Solution Provider program.</source>
        <translation>PartnerDesk: revendedores indirectos, proveedores indirectos y sus clientes en el programa Proveedor de soluciones en la nube (CSP).</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or es.</source>
        <translation>Idioma desconocido «%1»: use en o es.</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (en or es) for this run.</source>
        <translation>Mostrar la interfaz en &lt;idioma&gt; (en o es) durante esta ejecución.</translation>
    </message>
    <message>
        <source>The workspace %1 is not empty, so the sample workspace was not loaded into it.</source>
        <translation>El área de trabajo %1 no está vacía, así que no se ha cargado en ella el área de trabajo de ejemplo.</translation>
    </message>
    <message>
        <source>An invitation link (partnerdesk://invitation/…) to open.</source>
        <translation>Vínculo de invitación (partnerdesk://invitation/…) que se abrirá.</translation>
    </message>
    <message>
        <source>Send messages that carry a secret, such as verification codes, by email with &lt;program&gt; (a sendmail-compatible program, e.g. /usr/sbin/sendmail) instead of putting them in the mail drop folder.</source>
        <translation>Enviar los mensajes que contienen un secreto, como los códigos de verificación, por correo electrónico con &lt;programa&gt; (un programa compatible con sendmail, p. ej. /usr/sbin/sendmail) en lugar de dejarlos en la carpeta de correo de salida.</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>Open the workspace at &lt;workspace&gt;: a file, or a shared workspace&apos;s postgresql:// address (the password is asked for).</source>
        <translation>Abre el área de trabajo en &lt;ubicación&gt;: un archivo, o la dirección postgresql:// de un área de trabajo compartida (se pide la contraseña).</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>Verify the workspace&apos;s audit log (its hash chain), say what was found and exit: 0 intact, 3 tampered with.</source>
        <translation>Verifica el registro de auditoría del área de trabajo (su cadena de hashes), dice lo encontrado y sale: 0 intacto, 3 manipulado.</translation>
    </message>
    <message>
        <source>With --verify-audit: check that the event &lt;anchor&gt; printed by an earlier check is still there, unchanged.</source>
        <translation>Con --verify-audit: comprueba que el evento &lt;ancla&gt; que mostró una comprobación anterior sigue ahí, sin cambios.</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>ancla</translation>
    </message>
    <message>
        <source>There is no workspace at %1, so there is no audit log to verify.</source>
        <translation>No hay ningún área de trabajo en %1, así que no hay registro de auditoría que verificar.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>vínculo</translation>
    </message>
    <message>
        <source>[link]</source>
        <translation>[vínculo]</translation>
    </message>
</context>
</TS>
