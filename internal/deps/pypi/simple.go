package pypi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/url"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep503"
	"golang.org/x/net/html"
)

// Media types of the simple API (PEP 691).
const (
	SimpleJSONType = "application/vnd.pypi.simple.v1+json"
	SimpleHTMLType = "application/vnd.pypi.simple.v1+html"
)

// simpleAccept prefers PEP 691 JSON and takes HTML from older indexes.
const simpleAccept = SimpleJSONType + ", " + SimpleHTMLType + ";q=0.2, text/html;q=0.01"

// simpleDoc is a PEP 691 project page.
type simpleDoc struct {
	Meta struct {
		APIVersion string `json:"api-version"`
		LastSerial int64  `json:"_last-serial"`
	} `json:"meta"`
	Name     string       `json:"name"`
	Versions []string     `json:"versions"` // PEP 700
	Files    []simpleFile `json:"files"`
}

type simpleFile struct {
	Filename       string            `json:"filename"`
	URL            string            `json:"url"`
	Hashes         map[string]string `json:"hashes"`
	RequiresPython string            `json:"requires-python"`
	Yanked         yankValue         `json:"yanked"`
	UploadTime     string            `json:"upload-time"` // PEP 700
	Size           *int64            `json:"size"`        // PEP 700
}

// yankValue is PEP 691's yanked: false, true, or a reason string (which
// means yanked).
type yankValue struct {
	yanked bool
	reason string
}

// UnmarshalJSON implements json.Unmarshaler.
func (y *yankValue) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null" || string(b) == "false":
		*y = yankValue{}
	case string(b) == "true":
		*y = yankValue{yanked: true}
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*y = yankValue{yanked: true, reason: s}
	default:
		return fmt.Errorf("yanked: want a boolean or a string, got %.20s", b)
	}
	return nil
}

// checkAPIVersion rejects a repository version whose major is not 1
// (PEP 629); a missing version is taken as 1.0.
func checkAPIVersion(v string) error {
	if v == "" {
		return nil
	}
	major, _, _ := strings.Cut(v, ".")
	if major != "1" {
		return fmt.Errorf("unsupported simple API version %q (krait reads 1.x)", v)
	}
	return nil
}

// parseSimple parses a simple API project page, JSON or HTML by its
// Content-Type.
func parseSimple(resp *response, norm string) (*Project, error) {
	mt, _, _ := mime.ParseMediaType(resp.contentType)
	base, err := url.Parse(resp.url)
	if err != nil {
		return nil, err
	}
	switch mt {
	case SimpleJSONType, "application/json":
		return parseSimpleJSON(resp.body, base, norm)
	default:
		return parseSimpleHTML(resp.body, base, norm)
	}
}

func parseSimpleJSON(body []byte, base *url.URL, norm string) (*Project, error) {
	var doc simpleDoc
	if err := json.Unmarshal(body, &doc); err != nil {
		return nil, fmt.Errorf("decoding simple API response: %w", err)
	}
	if err := checkAPIVersion(doc.Meta.APIVersion); err != nil {
		return nil, err
	}
	name := doc.Name
	if name == "" {
		name = norm
	}
	b := newReleaseBuilder()
	for _, v := range doc.Versions {
		b.release(v)
	}
	for i := range doc.Files {
		sf := &doc.Files[i]
		f := File{
			Filename:       sf.Filename,
			URL:            resolve(base, sf.URL),
			RequiresPython: sf.RequiresPython,
			Yanked:         sf.Yanked.yanked,
			YankedReason:   sf.Yanked.reason,
			UploadTime:     parseTime(sf.UploadTime),
			Size:           -1,
			PackageType:    packageType(sf.Filename),
		}
		if sf.Size != nil && *sf.Size >= 0 {
			f.Size = *sf.Size
		}
		if len(sf.Hashes) > 0 {
			f.Hashes = map[string]string{}
			for k, v := range sf.Hashes {
				f.Hashes[strings.ToLower(k)] = strings.ToLower(v)
			}
		}
		b.add(norm, f)
	}
	return &Project{Name: name, Releases: b.finish(), LastSerial: doc.Meta.LastSerial}, nil
}

// parseSimpleHTML reads a PEP 503 page: every <a> is a file, its text the
// file name, its href the URL (with #algo=hex), data-requires-python and
// data-yanked as in PEP 503 and PEP 592.
func parseSimpleHTML(body []byte, base *url.URL, norm string) (*Project, error) {
	z := html.NewTokenizer(bytes.NewReader(body))
	z.SetMaxBuf(len(body) + 1)
	b := newReleaseBuilder()
	var cur *File
	var text strings.Builder
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// io.EOF at the end of the page; anything else is a truncated
			// page, read as far as it went.
			if cur != nil {
				b.addAnchor(norm, cur, strings.TrimSpace(text.String()))
			}
			return &Project{Name: norm, Releases: b.finish()}, nil
		case html.StartTagToken, html.SelfClosingTagToken:
			tn, hasAttr := z.TagName()
			attrs := map[string]*string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				s := string(v)
				attrs[string(k)] = &s
			}
			switch string(tn) {
			case "meta":
				if n := attrs["name"]; n != nil && *n == "pypi:repository-version" && attrs["content"] != nil {
					if err := checkAPIVersion(*attrs["content"]); err != nil {
						return nil, err
					}
				}
			case "base":
				if h := attrs["href"]; h != nil {
					if u, err := url.Parse(*h); err == nil {
						base = base.ResolveReference(u)
					}
				}
			case "a":
				// An <a> inside an unclosed one closes it, as in browsers.
				if cur != nil {
					b.addAnchor(norm, cur, strings.TrimSpace(text.String()))
					cur = nil
				}
				href := attrs["href"]
				if href == nil {
					continue
				}
				f := fileFromHref(base, *href)
				if rp := attrs["data-requires-python"]; rp != nil {
					f.RequiresPython = *rp // the tokenizer already unescaped &gt; etc.
				}
				if y := attrs["data-yanked"]; y != nil {
					f.Yanked, f.YankedReason = true, *y
				}
				cur = &f
				text.Reset()
				if tt == html.SelfClosingTagToken {
					b.addAnchor(norm, cur, "")
					cur = nil
				}
			}
		case html.TextToken:
			if cur != nil && text.Len() < 1024 {
				text.Write(z.Text())
			}
		case html.EndTagToken:
			if tn, _ := z.TagName(); string(tn) == "a" && cur != nil {
				b.addAnchor(norm, cur, strings.TrimSpace(text.String()))
				cur = nil
			}
		}
	}
}

// fileFromHref builds a File from an anchor's href: the absolute URL
// without fragment, and the hash from a "#sha256=..." fragment.
func fileFromHref(base *url.URL, href string) File {
	f := File{Size: -1}
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		f.URL = href
		return f
	}
	if frag := u.Fragment; frag != "" {
		if algo, hexv, ok := strings.Cut(frag, "="); ok && algo != "" && hexv != "" {
			f.Hashes = map[string]string{strings.ToLower(algo): strings.ToLower(hexv)}
		}
		u.Fragment, u.RawFragment = "", ""
	}
	f.URL = base.ResolveReference(u).String()
	return f
}

// releaseBuilder groups files into releases by the version in their names.
type releaseBuilder struct {
	byVersion map[string]int
	rels      []Release
}

func newReleaseBuilder() *releaseBuilder {
	return &releaseBuilder{byVersion: map[string]int{}}
}

func (b *releaseBuilder) release(v string) *Release {
	i, ok := b.byVersion[v]
	if !ok {
		i = len(b.rels)
		b.byVersion[v] = i
		b.rels = append(b.rels, Release{Version: v})
	}
	return &b.rels[i]
}

func (b *releaseBuilder) addAnchor(norm string, f *File, text string) {
	if text == "" {
		if u, err := url.Parse(f.URL); err == nil {
			text = u.Path[strings.LastIndexByte(u.Path, '/')+1:]
		}
	}
	f.Filename = text
	f.PackageType = packageType(text)
	b.add(norm, *f)
}

func (b *releaseBuilder) add(norm string, f File) {
	v, ok := FilenameVersion(norm, f.Filename)
	if !ok {
		return // not a distribution krait understands (.exe, .msi, ...)
	}
	r := b.release(v)
	r.Files = append(r.Files, f)
}

func (b *releaseBuilder) finish() []Release { return finishReleases(b.rels) }

// FilenameVersion extracts the version from a distribution's file name:
// a wheel's second dash-separated field, an egg's, or for an sdist what
// follows the project name (matched after PEP 503 normalisation, so
// "Foo_Bar-1.0.tar.gz" is a file of foo-bar). ok is false for names that
// are not distributions of the project.
func FilenameVersion(project, filename string) (version string, ok bool) {
	norm := pep503.Normalize(project)
	for _, ext := range []string{".whl", ".egg"} {
		if strings.HasSuffix(filename, ext) {
			parts := strings.Split(strings.TrimSuffix(filename, ext), "-")
			if len(parts) < 2 || pep503.Normalize(parts[0]) != norm || parts[1] == "" {
				return "", false
			}
			return parts[1], true
		}
	}
	lower := strings.ToLower(filename)
	// The source-distribution extensions pip accepts.
	for _, ext := range [...]string{".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tar.xz", ".txz", ".tar", ".zip"} {
		if !strings.HasSuffix(lower, ext) {
			continue
		}
		stem := filename[:len(filename)-len(ext)]
		for i := 0; i < len(stem); i++ {
			if stem[i] == '-' && i+1 < len(stem) && pep503.Normalize(stem[:i]) == norm {
				return stem[i+1:], true
			}
		}
		return "", false
	}
	return "", false
}

// packageType returns the JSON API's packagetype for a file name.
func packageType(name string) string {
	switch {
	case strings.HasSuffix(name, ".whl"):
		return "bdist_wheel"
	case strings.HasSuffix(name, ".egg"):
		return "bdist_egg"
	case strings.HasSuffix(name, ".exe"), strings.HasSuffix(name, ".msi"):
		return "bdist_wininst"
	}
	return "sdist"
}
