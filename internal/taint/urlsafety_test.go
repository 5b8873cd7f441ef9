package taint

import "testing"

func TestFixedDestination(t *testing.T) {
	for _, c := range []struct {
		prefix string
		want   bool
	}{
		{"", false},
		{"/", false},         // + "/evil.example" is another host
		{"//", false},        // protocol-relative already
		{"/\\", false},       // browsers read "/\" as "//"
		{"/search?q=", true}, // a path of this site
		{"/u", true},         // "/u" + "//evil" stays a path
		{"?next=", true},     // query of the current page
		{"#section-", true},  // fragment
		{"https://example.com/", true},
		{"https://example.com/docs/", true},
		{"https://example.com?x=", true},
		{"https://example.com", false},       // + "@evil.example" or ".evil.example"
		{"https://user@example.com/", false}, // a userinfo part is odd enough to doubt
		{"https://example.com\\x/", false},   // backslash in the authority
		{"javascript:", false},               // no "://": not a fixed host
		{"ht tp://example.com/", false},      // not a scheme
		{"example.com/", false},              // relative, host-looking: the browser treats it as a path, but keep it
	} {
		if got := fixedDestination(c.prefix); got != c.want {
			t.Errorf("fixedDestination(%q) = %v, want %v", c.prefix, got, c.want)
		}
	}
}

func TestQuoteClasses(t *testing.T) {
	for _, c := range []struct {
		safe      string
		known     bool
		has, lack Class
	}{
		{"/", true, XSS | CommandInjection | SSRF, PathTraversal | OpenRedirect},
		{"", true, SSRF | PathTraversal | OpenRedirect | XSS, 0},
		{":/", true, XSS, SSRF | PathTraversal | OpenRedirect},
		{"@", true, XSS | PathTraversal | OpenRedirect, SSRF},
		{"\\", true, XSS, SSRF | PathTraversal | OpenRedirect},
		{"", false, XSS | HeaderInjection, SSRF | PathTraversal | OpenRedirect},
	} {
		got := quoteClasses(c.safe, c.known)
		if got&c.has != c.has || got&c.lack != 0 {
			t.Errorf("quoteClasses(%q, %v) = %b, want all of %b and none of %b", c.safe, c.known, got, c.has, c.lack)
		}
	}
}

func TestReplacesLineBreaks(t *testing.T) {
	for _, c := range []struct {
		pattern, repl string
		want          bool
	}{
		{`[\x00-\x1f\x7f\u2028\u2029]`, "?", true},
		{`[\r\n]+`, " ", true},
		{`\s`, "", true},
		{`[\r\n]`, "\n", false}, // puts a line break back
		{`\n`, "", false},       // leaves CR
		{`[<>]`, "", false},
		{`[`, "", false},           // not a pattern
		{`[\r\n]`, `\g<0>`, false}, // a back-reference keeps what matched
	} {
		if got := replacesLineBreaks(c.pattern, c.repl); got != c.want {
			t.Errorf("replacesLineBreaks(%q, %q) = %v, want %v", c.pattern, c.repl, got, c.want)
		}
	}
}
