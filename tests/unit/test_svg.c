#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svg.h"
#include "test.h"

/* Runs f on a memory stream and returns what it wrote (static buffer). */
static char out[4096];

static FILE *open_out(void)
{
	FILE *f = fmemopen(out, sizeof out, "w");

	memset(out, 0, sizeof out);
	return f;
}

int main(void)
{
	FILE *f;

	f = open_out();
	asn_svg_escape(f, "<script>alert(\"x\" & 'y')</script>");
	fclose(f);
	CHECK_STR(out, "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
	          "escape every markup character");

	f = open_out();
	asn_svg_text(f, 10, 20.25, "end", "lbl", "a<b");
	fclose(f);
	CHECK_STR(out, "<text x=\"10\" y=\"20.3\" text-anchor=\"end\" class=\"lbl\">a&lt;b</text>\n",
	          "text with anchor, class, one decimal");

	f = open_out();
	asn_svg_text(f, -0.02, 5, "start", NULL, "x");
	fclose(f);
	CHECK_STR(out, "<text x=\"0\" y=\"5\">x</text>\n", "start anchor implied, no -0");

	f = open_out();
	asn_svg_label(f, 0, 0, "start", "lbl", "Dinas Pendidikan", 20);
	fclose(f);
	CHECK(strstr(out, "<title>") == NULL, "short label: no title");

	f = open_out();
	asn_svg_label(f, 0, 0, "start", "lbl", "Dinas Pemberdayaan Perempuan & Anak", 12);
	fclose(f);
	CHECK(strstr(out, "<title>Dinas Pemberdayaan Perempuan &amp; Anak</title>") != NULL,
	      "cut label keeps the full text in a title");
	CHECK(strstr(out, "Dinas Pember\xe2\x80\xa6</text>") != NULL ||
	      strstr(out, "Dinas Pembe\xe2\x80\xa6</text>") != NULL, "cut label ends in an ellipsis");

	f = open_out();
	asn_svg_rect(f, 1, 2, -3, 4, "bar");
	fclose(f);
	CHECK_STR(out, "<rect x=\"1\" y=\"2\" width=\"0\" height=\"4\" class=\"bar\"/>\n",
	          "negative width drawn as 0");

	f = open_out();
	{
		double x[] = { 0, 10.5, 20 }, y[] = { 5, 6, 7 };

		asn_svg_polyline(f, x, y, 3, "line");
	}
	fclose(f);
	CHECK_STR(out, "<polyline points=\"0,5 10.5,6 20,7\" class=\"line\"/>\n", "polyline");

	f = open_out();
	asn_svg_open(f, 440, 250, NULL, "Piramida \"usia\"");
	asn_svg_close(f);
	fclose(f);
	CHECK(strncmp(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 440 250\" "
	              "width=\"440\" height=\"250\" role=\"img\" aria-label=\"Piramida &quot;usia&quot;\">",
	              strlen("<svg xmlns")) == 0 && strstr(out, "aria-label=\"Piramida &quot;usia&quot;\"")
	      && strstr(out, "</svg>"), "svg element with viewBox and an escaped label");

	f = open_out();
	asn_svg_rect(f, NAN, -INFINITY, NAN, 1e308, "bar");
	asn_svg_rect(f, 1e308, -1e308, -INFINITY, INFINITY, "bar");
	asn_svg_circle(f, INFINITY, 1, NAN, "pt");
	{
		double x[] = { NAN, -1e300 }, y[] = { INFINITY, 2 };

		asn_svg_polyline(f, x, y, 2, "line");
	}
	fclose(f);
	CHECK_STR(out, "<rect x=\"0\" y=\"0\" width=\"0\" height=\"1000000000\" class=\"bar\"/>\n"
	          "<rect x=\"1000000000\" y=\"-1000000000\" width=\"0\" height=\"0\" class=\"bar\"/>\n"
	          "<circle cx=\"0\" cy=\"1\" r=\"0\" class=\"pt\"/>\n"
	          "<polyline points=\"0,0 -1000000000,2\" class=\"line\"/>\n",
	          "non-finite values drawn at 0, huge ones at the edge, lengths never negative");
	return TEST_DONE();
}
