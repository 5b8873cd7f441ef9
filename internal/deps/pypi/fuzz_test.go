package pypi

import (
	"net/url"
	"testing"
)

// FuzzParse checks that no index response, however hostile, makes the
// parsers panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"info":{"name":"x"},"releases":{"1.0":[{"filename":"x-1.0.tar.gz","digests":{"sha256":"aa"},"size":3}]}}`,
		`{"meta":{"api-version":"1.1"},"name":"x","versions":["1.0"],"files":[{"filename":"x-1.0.tar.gz","url":"x","hashes":{},"yanked":"r"}]}`,
		`<a href="x-1.0.tar.gz#sha256=aa" data-yanked data-requires-python="&gt;=3">x-1.0.tar.gz</a>`,
		`<meta name="pypi:repository-version" content="1.0"><base href="//h/"><a href=":::">`,
	} {
		f.Add(s)
	}
	base, _ := url.Parse("https://example.org/simple/x/")
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(s)
		parseJSONProject(b, "https://example.org/pypi/x/json")
		parseJSONRelease(b, "https://example.org/pypi/x/1.0/json")
		parseSimpleJSON(b, base, "x")
		if p, err := parseSimpleHTML(b, base, "x"); err == nil {
			for _, r := range p.Releases {
				p.Find(r.Version)
			}
		}
		FilenameVersion("x", s)
	})
}
