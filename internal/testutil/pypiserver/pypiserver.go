// Package pypiserver is an httptest stand-in for PyPI. It serves, from a
// small Go description of projects, releases and files, the formats krait
// reads from a real index:
//
//	GET /pypi/NAME/json            JSON API, project (info, releases, urls)
//	GET /pypi/NAME/VERSION/json    JSON API, one release (info, urls)
//	GET /simple/                   project list (PEP 691 JSON or PEP 503 HTML)
//	GET /simple/NAME/              project page (PEP 691 JSON or PEP 503 HTML)
//	GET /files/FILENAME            the file's bytes
//
// The simple pages are negotiated from the Accept header as PyPI does
// (application/vnd.pypi.simple.v1+json, else HTML) or forced with
// ?format=. Names that are not in PEP 503 normal form are redirected with
// 301 on the simple API and served on the JSON API. Every response carries
// an ETag and Cache-Control: max-age=600, and If-None-Match gets a 304.
// Faults (delays, 500s, 429 with Retry-After, malformed bodies, 404s,
// dropped connections, requests held until the test releases them) are
// injected per path prefix with SetFault; InFlight and MaxInFlight count
// the requests being answered at once.
//
// Wheel, Sdist, ZipArchive and TarGzArchive build reproducible
// distribution bytes for File.Content.
package pypiserver

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
)

// Media types of the simple API.
const (
	SimpleJSON = "application/vnd.pypi.simple.v1+json"
	SimpleHTML = "application/vnd.pypi.simple.v1+html"
)

// Project describes one project on the index.
type Project struct {
	Name              string // as displayed; looked up by its PEP 503 normal form
	Summary           string
	License           string
	LicenseExpression string
	LicenseFiles      []string
	Classifiers       []string
	HomePage          string
	ProjectURLs       map[string]string
	Author            string
	AuthorEmail       string
	Maintainer        string
	MaintainerEmail   string
	RequiresDist      []string
	Releases          []Release
}

// Release describes one version of a project.
type Release struct {
	Version        string
	Yanked         bool   // yanks every file of the release
	YankedReason   string // the reason given with Yanked
	UploadTime     time.Time
	RequiresPython string // default for files that give none
	// Files are the release's distributions. A release with no files is
	// listed by the JSON API with an empty list, as PyPI does for releases
	// whose files were all deleted; nil Files get one sdist,
	// NAME-VERSION.tar.gz, with generated content.
	Files   []File
	NoFiles bool // list the release with no files instead of the default sdist
}

// File describes one distribution file.
type File struct {
	Filename       string
	Content        []byte // served at /files/Filename; hashes and size derive from it
	RequiresPython string
	Yanked         bool
	YankedReason   string
	UploadTime     time.Time // the release's when zero
	// SHA256, when set, is advertised instead of the content's digest
	// (to test hash verification).
	SHA256 string
}

// Fault is a failure injected into the responses for a path prefix.
type Fault struct {
	Delay      time.Duration // wait before answering (or failing); cut short when the client goes away
	Status     int           // answer with this status (e.g. 500, 404, 429) instead of the real response
	RetryAfter string        // Retry-After header sent with Status
	Body       string        // body sent with Status, or (Status 0) instead of the real body: e.g. malformed JSON
	Disconnect bool          // close the connection without answering (a transient network error)
	Times      int           // how many requests the fault affects; 0 = every one

	// Hold, when not nil, keeps each request waiting (after Delay) until
	// it is closed, cut short when the client goes away: with InFlight, a
	// test sees how many requests a client has open at once.
	Hold <-chan struct{}
}

// Server is a running stand-in. Its methods are safe for concurrent use.
type Server struct {
	srv *httptest.Server

	mu       sync.Mutex
	projects map[string]*Project // by normal name
	faults   []*faultEntry
	hits     map[string]int
	inFlight int // requests being answered
	maxIn    int // the most inFlight has been
}

type faultEntry struct {
	prefix string
	f      Fault
	used   int
}

// New starts a server with the given projects and closes it when the test
// ends.
func New(t testing.TB, projects ...Project) *Server {
	t.Helper()
	s := &Server{projects: map[string]*Project{}, hits: map[string]int{}}
	for _, p := range projects {
		s.SetProject(p)
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

// URL returns the server's base URL (the JSON API base), without a
// trailing slash.
func (s *Server) URL() string { return s.srv.URL }

// IndexURL returns the simple index URL, URL()+"/simple/" (for
// --index-url).
func (s *Server) IndexURL() string { return s.srv.URL + "/simple/" }

// FileURL returns the download URL of a file.
func (s *Server) FileURL(filename string) string { return s.srv.URL + "/files/" + filename }

// SetProject adds or replaces a project; the responses (and their ETags)
// change accordingly.
func (s *Server) SetProject(p Project) {
	p = normalizeProject(p)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.projects[pep503.Normalize(p.Name)] = &p
}

// SetFault injects f into every response whose path starts with prefix
// (e.g. "/pypi/requests/", "/simple/", "/files/"). Faults are tried in the
// order they were set; a fault whose Times are used up no longer applies.
func (s *Server) SetFault(prefix string, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &faultEntry{prefix: prefix, f: f})
}

// ClearFaults removes every fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

// Hits returns how many requests the server received for path (exactly,
// without the query).
func (s *Server) Hits(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// TotalHits returns how many requests the server received.
func (s *Server) TotalHits() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, h := range s.hits {
		n += h
	}
	return n
}

// InFlight returns how many requests the server is answering now (those a
// Hold keeps waiting included).
func (s *Server) InFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inFlight
}

// MaxInFlight returns the most requests the server has been answering at
// once.
func (s *Server) MaxInFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxIn
}

// normalizeProject fills in defaults: generated sdists, upload times.
func normalizeProject(p Project) Project {
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	rels := make([]Release, len(p.Releases))
	for i, r := range p.Releases {
		if r.UploadTime.IsZero() {
			r.UploadTime = base.AddDate(0, 0, 30*i)
		}
		files := append([]File(nil), r.Files...)
		if files == nil && !r.NoFiles {
			stem := strings.ReplaceAll(pep503.Normalize(p.Name), "-", "_")
			files = []File{{
				Filename: stem + "-" + r.Version + ".tar.gz",
				Content:  []byte("sdist of " + p.Name + " " + r.Version + "\n"),
			}}
		}
		for j := range files {
			f := &files[j]
			if f.UploadTime.IsZero() {
				f.UploadTime = r.UploadTime
			}
			if f.RequiresPython == "" {
				f.RequiresPython = r.RequiresPython
			}
			if r.Yanked {
				f.Yanked = true
				if f.YankedReason == "" {
					f.YankedReason = r.YankedReason
				}
			}
		}
		r.Files = files
		rels[i] = r
	}
	p.Releases = rels
	return p
}

// serve dispatches a request.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.inFlight++
	s.maxIn = max(s.maxIn, s.inFlight)
	defer func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}()
	var fault *Fault
	for _, fe := range s.faults {
		if strings.HasPrefix(r.URL.Path, fe.prefix) && (fe.f.Times == 0 || fe.used < fe.f.Times) {
			fe.used++
			f := fe.f
			fault = &f
			break
		}
	}
	s.mu.Unlock()

	if fault != nil && fault.Delay > 0 {
		t := time.NewTimer(fault.Delay)
		select {
		case <-r.Context().Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
	if fault != nil && fault.Hold != nil {
		select {
		case <-r.Context().Done():
			return
		case <-fault.Hold:
		}
	}
	if fault != nil && fault.Disconnect {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		panic(http.ErrAbortHandler) // HTTP/2: abort the stream
	}
	if fault != nil && fault.Status != 0 {
		if fault.RetryAfter != "" {
			w.Header().Set("Retry-After", fault.RetryAfter)
		}
		w.WriteHeader(fault.Status)
		fmt.Fprint(w, fault.Body)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}

	body, ctype, status, loc := s.route(r)
	if loc != "" {
		http.Redirect(w, r, loc, http.StatusMovedPermanently)
		return
	}
	if status != http.StatusOK {
		http.Error(w, http.StatusText(status), status)
		return
	}
	if fault != nil && fault.Body != "" {
		body = []byte(fault.Body)
	}
	sum := sha256.Sum256(append([]byte(ctype+"\x00"), body...))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "max-age=600, public")
	w.Header().Set("Vary", "Accept")
	if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatch(inm, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// etagMatch reports whether an If-None-Match value lists etag.
func etagMatch(inm, etag string) bool {
	for _, t := range strings.Split(inm, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}

// route computes the response for a request: body, content type and status,
// or a redirect location.
func (s *Server) route(r *http.Request) (body []byte, ctype string, status int, location string) {
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case len(parts) == 3 && parts[0] == "pypi" && parts[2] == "json":
		p := s.projects[pep503.Normalize(parts[1])]
		if p == nil {
			return nil, "", http.StatusNotFound, ""
		}
		return s.jsonProject(p, -1), "application/json", http.StatusOK, ""
	case len(parts) == 4 && parts[0] == "pypi" && parts[3] == "json":
		p := s.projects[pep503.Normalize(parts[1])]
		if p == nil {
			return nil, "", http.StatusNotFound, ""
		}
		for i, rel := range p.Releases {
			if rel.Version == parts[2] {
				return s.jsonProject(p, i), "application/json", http.StatusOK, ""
			}
		}
		return nil, "", http.StatusNotFound, ""
	case len(parts) == 1 && parts[0] == "simple":
		if !strings.HasSuffix(r.URL.Path, "/") {
			return nil, "", 0, "/simple/"
		}
		if wantJSON(r) {
			return s.simpleIndexJSON(), SimpleJSON, http.StatusOK, ""
		}
		return s.simpleIndexHTML(), SimpleHTML, http.StatusOK, ""
	case len(parts) == 2 && parts[0] == "simple":
		norm := pep503.Normalize(parts[1])
		if parts[1] != norm || !strings.HasSuffix(r.URL.Path, "/") {
			loc := "/simple/" + norm + "/"
			if r.URL.RawQuery != "" {
				loc += "?" + r.URL.RawQuery
			}
			return nil, "", 0, loc
		}
		p := s.projects[norm]
		if p == nil {
			return nil, "", http.StatusNotFound, ""
		}
		if wantJSON(r) {
			return s.simpleProjectJSON(p), SimpleJSON, http.StatusOK, ""
		}
		return s.simpleProjectHTML(p), SimpleHTML, http.StatusOK, ""
	case len(parts) == 2 && parts[0] == "files":
		for _, p := range s.projects {
			for _, rel := range p.Releases {
				for _, f := range rel.Files {
					if f.Filename == parts[1] {
						return f.Content, fileType(f.Filename), http.StatusOK, ""
					}
				}
			}
		}
	}
	return nil, "", http.StatusNotFound, ""
}

// wantJSON decides the simple API's format from ?format= or Accept.
func wantJSON(r *http.Request) bool {
	if f := r.URL.Query().Get("format"); f != "" {
		return f == SimpleJSON
	}
	return strings.Contains(r.Header.Get("Accept"), SimpleJSON)
}

func fileType(name string) string {
	switch {
	case strings.HasSuffix(name, ".whl"), strings.HasSuffix(name, ".zip"):
		return "application/zip"
	case strings.HasSuffix(name, ".tar.gz"):
		return "application/x-tar"
	}
	return "application/octet-stream"
}

// packageType returns the JSON API's packagetype of a file.
func packageType(name string) (ptype, pyver string) {
	switch {
	case strings.HasSuffix(name, ".whl"):
		parts := strings.Split(strings.TrimSuffix(name, ".whl"), "-")
		pyver = "py3"
		if len(parts) >= 5 {
			pyver = parts[len(parts)-3]
		}
		return "bdist_wheel", pyver
	case strings.HasSuffix(name, ".egg"):
		return "bdist_egg", "py3"
	}
	return "sdist", "source"
}

func sha256Hex(f File) string {
	if f.SHA256 != "" {
		return f.SHA256
	}
	s := sha256.Sum256(f.Content)
	return hex.EncodeToString(s[:])
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// latest returns the index of the release the JSON API's info describes:
// the highest non-yanked final release with files, else the highest one.
func latest(p *Project) int {
	best, bestAny := -1, -1
	for i, r := range p.Releases {
		v := pep440.ParseLoose(r.Version)
		if bestAny < 0 || pep440.Compare(v, pep440.ParseLoose(p.Releases[bestAny].Version)) > 0 {
			bestAny = i
		}
		if r.Yanked || len(r.Files) == 0 || v.IsPrerelease() || v.IsLegacy() {
			continue
		}
		if best < 0 || pep440.Compare(v, pep440.ParseLoose(p.Releases[best].Version)) > 0 {
			best = i
		}
	}
	if best < 0 {
		return bestAny
	}
	return best
}

func (s *Server) jsonFile(f File) map[string]any {
	ptype, pyver := packageType(f.Filename)
	m := md5.Sum(f.Content)
	return map[string]any{
		"comment_text": "",
		"digests": map[string]any{
			"blake2b_256": strings.Repeat("0", 64),
			"md5":         hex.EncodeToString(m[:]),
			"sha256":      sha256Hex(f),
		},
		"downloads":            -1,
		"filename":             f.Filename,
		"has_sig":              false,
		"md5_digest":           hex.EncodeToString(m[:]),
		"packagetype":          ptype,
		"python_version":       pyver,
		"requires_python":      nullable(f.RequiresPython),
		"size":                 len(f.Content),
		"upload_time":          f.UploadTime.UTC().Format("2006-01-02T15:04:05"),
		"upload_time_iso_8601": f.UploadTime.UTC().Format("2006-01-02T15:04:05.000000Z"),
		"url":                  s.FileURL(f.Filename),
		"yanked":               f.Yanked,
		"yanked_reason":        nullable(f.YankedReason),
	}
}

// jsonProject renders the JSON API response: the whole project when rel
// is -1, else the given release (which then has no "releases" key, as on
// PyPI).
func (s *Server) jsonProject(p *Project, rel int) []byte {
	info := rel
	if info < 0 {
		info = latest(p)
	}
	var r Release
	if info >= 0 {
		r = p.Releases[info]
	}
	var projectURLs any
	if len(p.ProjectURLs) > 0 {
		projectURLs = p.ProjectURLs
	}
	var requiresDist any
	if len(p.RequiresDist) > 0 {
		requiresDist = p.RequiresDist
	}
	norm := pep503.Normalize(p.Name)
	doc := map[string]any{
		"info": map[string]any{
			"author":                   p.Author,
			"author_email":             p.AuthorEmail,
			"bugtrack_url":             nil,
			"classifiers":              append([]string{}, p.Classifiers...),
			"description":              "",
			"description_content_type": "text/markdown",
			"docs_url":                 nil,
			"download_url":             "",
			"dynamic":                  nil,
			"home_page":                p.HomePage,
			"keywords":                 "",
			"license":                  p.License,
			"license_expression":       nullable(p.LicenseExpression),
			"license_files":            p.LicenseFiles,
			"maintainer":               p.Maintainer,
			"maintainer_email":         p.MaintainerEmail,
			"name":                     p.Name,
			"package_url":              s.URL() + "/project/" + norm + "/",
			"platform":                 nil,
			"project_url":              s.URL() + "/project/" + norm + "/",
			"project_urls":             projectURLs,
			"provides_extra":           nil,
			"release_url":              s.URL() + "/project/" + norm + "/" + r.Version + "/",
			"requires_dist":            requiresDist,
			"requires_python":          r.RequiresPython,
			"summary":                  p.Summary,
			"version":                  r.Version,
			"yanked":                   r.Yanked,
			"yanked_reason":            nullable(r.YankedReason),
		},
		"last_serial":     1000 + len(p.Releases),
		"vulnerabilities": []any{},
	}
	urls := []any{}
	if info >= 0 {
		for _, f := range r.Files {
			urls = append(urls, s.jsonFile(f))
		}
	}
	doc["urls"] = urls
	if rel < 0 {
		releases := map[string]any{}
		for _, rr := range p.Releases {
			files := []any{}
			for _, f := range rr.Files {
				files = append(files, s.jsonFile(f))
			}
			releases[rr.Version] = files
		}
		doc["releases"] = releases
	}
	return mustJSON(doc)
}

func mustJSON(v any) []byte {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		panic(err) // only maps, slices and strings: cannot fail
	}
	return b
}

// sortedNames returns the normal names of the projects, sorted.
func (s *Server) sortedNames() []string {
	names := make([]string, 0, len(s.projects))
	for n := range s.projects {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (s *Server) simpleIndexJSON() []byte {
	projects := []any{}
	for _, n := range s.sortedNames() {
		projects = append(projects, map[string]any{"name": s.projects[n].Name})
	}
	return mustJSON(map[string]any{"meta": map[string]any{"api-version": "1.1", "_last-serial": 1}, "projects": projects})
}

func (s *Server) simpleIndexHTML() []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html>\n  <head>\n    <meta name=\"pypi:repository-version\" content=\"1.1\">\n    <title>Simple index</title>\n  </head>\n  <body>\n")
	for _, n := range s.sortedNames() {
		fmt.Fprintf(&b, "    <a href=\"/simple/%s/\">%s</a>\n", n, html.EscapeString(s.projects[n].Name))
	}
	b.WriteString("  </body>\n</html>\n")
	return b.Bytes()
}

func (s *Server) simpleProjectJSON(p *Project) []byte {
	versions := []string{}
	files := []any{}
	for _, r := range p.Releases {
		versions = append(versions, r.Version)
		for _, f := range r.Files {
			var yanked any = false
			if f.Yanked {
				yanked = true
				if f.YankedReason != "" {
					yanked = f.YankedReason
				}
			}
			fm := map[string]any{
				"filename":           f.Filename,
				"url":                s.FileURL(f.Filename),
				"hashes":             map[string]string{"sha256": sha256Hex(f)},
				"yanked":             yanked,
				"size":               len(f.Content),
				"upload-time":        f.UploadTime.UTC().Format("2006-01-02T15:04:05.000000Z"),
				"core-metadata":      false,
				"dist-info-metadata": false,
			}
			if f.RequiresPython != "" {
				fm["requires-python"] = f.RequiresPython
			}
			files = append(files, fm)
		}
	}
	return mustJSON(map[string]any{
		"meta":     map[string]any{"api-version": "1.1", "_last-serial": 1000 + len(p.Releases)},
		"name":     pep503.Normalize(p.Name),
		"versions": versions,
		"files":    files,
	})
}

func (s *Server) simpleProjectHTML(p *Project) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html>\n  <head>\n    <meta name=\"pypi:repository-version\" content=\"1.1\">\n    <title>Links for %s</title>\n  </head>\n  <body>\n    <h1>Links for %s</h1>\n",
		html.EscapeString(p.Name), html.EscapeString(p.Name))
	for _, r := range p.Releases {
		for _, f := range r.Files {
			fmt.Fprintf(&b, "    <a href=\"%s#sha256=%s\"", html.EscapeString(s.FileURL(f.Filename)), sha256Hex(f))
			if f.RequiresPython != "" {
				fmt.Fprintf(&b, " data-requires-python=\"%s\"", html.EscapeString(f.RequiresPython))
			}
			if f.Yanked {
				fmt.Fprintf(&b, " data-yanked=\"%s\"", html.EscapeString(f.YankedReason))
			}
			fmt.Fprintf(&b, ">%s</a><br />\n", html.EscapeString(f.Filename))
		}
	}
	b.WriteString("  </body>\n</html>\n<!--SERIAL 1-->\n")
	return b.Bytes()
}
