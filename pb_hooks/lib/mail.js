// E-mail through the SMTP server set in PocketBase's settings (Settings → Mail settings, or the
// superuser settings API). Without SMTP nothing is sent: PocketBase would otherwise fall back to
// the machine's `sendmail`, which a server of this app is not expected to have.

/** Whether mail goes out at all. */
function mailEnabled(app) {
  return Boolean(app.settings().smtp.enabled);
}

/**
 * Sends one plain-text message. Returns true when sent, false when SMTP is off or sending failed
 * (logged): a reminder is already in the app, so a mail failure must not stop the job.
 */
function sendMail(app, to, subject, text) {
  if (!mailEnabled(app) || !to || !to.address) return false;
  const meta = app.settings().meta;
  try {
    const message = new MailerMessage({
      from: { address: meta.senderAddress, name: meta.senderName || meta.appName },
      to: [{ address: to.address, name: to.name || "" }],
      subject,
      text,
      html: "<pre style=\"font-family:inherit;white-space:pre-wrap\">" + escapeHtml(text) + "</pre>",
    });
    app.newMailClient().send(message);
    return true;
  } catch (err) {
    app.logger().error("mail: send failed", "to", to.address, "error", String(err));
    return false;
  }
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" })[c]);
}

/** The address people open the app at (links in mails): ORIGIN as for SvelteKit, else localhost:PORT. */
function appOrigin() {
  const origin = $os.getenv("ORIGIN");
  if (origin) return origin.replace(/\/+$/, "");
  return "http://localhost:" + ($os.getenv("PORT") || "3000");
}

module.exports = { mailEnabled, sendMail, appOrigin };
