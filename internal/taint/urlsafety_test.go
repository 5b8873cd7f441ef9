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
