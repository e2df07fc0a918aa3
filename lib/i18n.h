/* The users' language (GNU gettext, domain "asn-toolkit", English the
 * source): messages, --help and summaries.  CSV never changes with it. */
#ifndef ASN_I18N_H
#define ASN_I18N_H

#include <libintl.h>

#define ASN_TEXTDOMAIN "asn-toolkit"
#define _(s) gettext(s)
#define N_(s) s

/* The language of messages from the locale (LC_ALL, LC_MESSAGES, LANG and
 * LANGUAGE, as gettext takes them; the other categories stay "C", so that
 * numbers, case and order in CSV never change) and the catalog from
 * $ASN_LOCALEDIR, else the LOCALEDIR compiled in.  With no locale (LANG
 * unset, C or POSIX) messages are Indonesian until asn_i18n_default. */
void asn_i18n_init(void);

/* 1 when the user's locale chose the language, 0 when it is the
 * configuration's to choose. */
int asn_i18n_chosen(void);

/* The configuration's language ("id" or "en"), taken only when the locale
 * chose none (a cron job). */
void asn_i18n_default(const char *bahasa);

/* 1 when messages are Indonesian (numbers then read 1.234,5). */
int asn_i18n_id(void);

#endif
