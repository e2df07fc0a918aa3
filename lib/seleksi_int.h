/* Inside lib/seleksi*.c only: the exact arithmetic they share. */
#ifndef ASN_SELEKSI_INT_H
#define ASN_SELEKSI_INT_H

__extension__ typedef __int128 seleksi_wide;

static inline seleksi_wide seleksi_gcd(seleksi_wide a, seleksi_wide b)
{
	while (b) {
		seleksi_wide t = a % b;

		a = b;
		b = t;
	}
	return a;
}

#endif
