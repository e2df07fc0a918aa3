#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

#ifndef ASN_LOCALEDIR
#define ASN_LOCALEDIR "/usr/local/share/locale"
#endif

static int chosen;

static int is_c(const char *name)
{
	return !name || !*name || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0;
}

/* Messages in lang ("id", "en", or a LANGUAGE list): gettext reads LANGUAGE
 * under any locale but C, and C.UTF-8 is always there (glibc 2.35); an
 * Indonesian locale does as well where C.UTF-8 is not. */
static void select_language(const char *lang)
{
	if (strcmp(lang, "en") == 0) {
		unsetenv("LANGUAGE");
		setlocale(LC_MESSAGES, "C");
		return;
	}
	setenv("LANGUAGE", lang, 1);
	if (!setlocale(LC_MESSAGES, "C.UTF-8") && !setlocale(LC_MESSAGES, "C.utf8") &&
	    strncmp(lang, "id", 2) == 0)
		setlocale(LC_MESSAGES, "id_ID.UTF-8");
}

void asn_i18n_init(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *dir = getenv("ASN_LOCALEDIR"), *loc, *want = NULL, *language;
	char lang[16];
	size_t i;

	loc = setlocale(LC_MESSAGES, "");
	bindtextdomain(ASN_TEXTDOMAIN, dir && *dir ? dir : ASN_LOCALEDIR);
	bind_textdomain_codeset(ASN_TEXTDOMAIN, "UTF-8");
	textdomain(ASN_TEXTDOMAIN);
	if (loc && !is_c(loc)) {
		chosen = 1;
		return;
	}
	for (i = 0; i < sizeof vars / sizeof vars[0] && !want; i++)
		if ((want = getenv(vars[i])) && !*want)
			want = NULL;
	if (!loc && !is_c(want)) {
		/* a locale asked for but not made on this machine: its language
		 * all the same (LANGUAGE first, as gettext would) */
		language = getenv("LANGUAGE");
		if (!language || !*language) {
			for (i = 0; i + 1 < sizeof lang && want[i] && !strchr("_.@", want[i]); i++)
				lang[i] = want[i];
			lang[i] = '\0';
			language = lang;
		}
		chosen = 1;
		select_language(language);
		return;
	}
	select_language("id");
}

int asn_i18n_chosen(void)
{
	return chosen;
}

void asn_i18n_default(const char *bahasa)
{
	if (!chosen && bahasa)
		select_language(bahasa);
}

int asn_i18n_id(void)
{
	const char *header = gettext("");

	return header && strstr(header, "Language: id") != NULL;
}
