// Package pypi is krait's client for Python package indexes: PyPI's JSON
// API (a project's releases, files, hashes, yanks, upload times and its
// metadata: license, classifiers, maintainers) and the Simple Repository
// API of any configured index (PEP 691 JSON with PEP 700 versions and
// upload times, PEP 592 yanks, and PEP 503 HTML with data-requires-python
// and data-yanked).
//
// Responses are kept in an on-disk cache, served without a request while
// younger than Options.MaxAge and revalidated with If-None-Match after
// that; in offline mode only the cache is read. Project names are
// normalised with pep503 before they go into a URL; versions are parsed
// with pep440.ParseLoose, so a release with a non-PEP 440 version is kept
// (sorted first) rather than dropped.
package pypi

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/mail"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/deps/pep503"
	"github.com/krait-dev/krait/internal/httpclient"
	"golang.org/x/sync/errgroup"
)

// Defaults for Options.
const (
	DefaultBaseURL          = "https://pypi.org"
	DefaultIndexURL         = "https://pypi.org/simple/"
	DefaultMaxAge           = time.Hour
	DefaultMaxResponseBytes = 128 << 20
	DefaultJobs             = 8
)

// Options configures a Client.
type Options struct {
	// HTTPClient sends the requests; httpclient.New(httpclient.Options{})
	// when nil.
	HTTPClient *http.Client
	// BaseURL is the JSON API's base (GET {BaseURL}/pypi/{name}/json);
	// DefaultBaseURL when empty.
	BaseURL string
	// IndexURLs are the simple indexes, in order (like pip's --index-url
	// followed by --extra-index-url); [DefaultIndexURL] when empty.
	IndexURLs []string
	// CacheDir holds cached responses; "" disables the cache. It is
	// created when missing.
	CacheDir string
	// MaxAge is how long a cached response is used without asking the
	// server; DefaultMaxAge when zero; negative revalidates every time.
	MaxAge time.Duration
	// Offline serves responses from the cache only, however old; a
	// response not in the cache is an error that httpclient.IsOffline
	// recognises.
	Offline bool
	// MaxResponseBytes bounds one response body; DefaultMaxResponseBytes
	// when zero.
	MaxResponseBytes int64
	// Jobs bounds the requests Projects and SimpleProjects run at once;
	// DefaultJobs when zero or negative.
	Jobs int
	// Now is the clock for cache ages; time.Now when nil.
	Now func() time.Time
}

// Client fetches project data from an index. It is safe for concurrent
// use.
type Client struct {
	http     *http.Client
	base     string
	indexes  []string
	cache    *cache
	maxAge   time.Duration
	offline  bool
	maxBytes int64
	jobs     int
	now      func() time.Time
}

// New returns a Client. It fails when a URL is not absolute http(s) or the
// cache directory cannot be created.
func New(opts Options) (*Client, error) {
	c := &Client{
		http:     opts.HTTPClient,
		base:     strings.TrimRight(opts.BaseURL, "/"),
		maxAge:   opts.MaxAge,
		offline:  opts.Offline,
		maxBytes: opts.MaxResponseBytes,
		jobs:     opts.Jobs,
		now:      opts.Now,
	}
	if c.http == nil {
		c.http = httpclient.New(httpclient.Options{Offline: opts.Offline})
	}
	if c.base == "" {
		c.base = DefaultBaseURL
	}
	if err := checkURL(c.base); err != nil {
		return nil, fmt.Errorf("pypi base URL: %w", err)
	}
	for _, u := range opts.IndexURLs {
		if err := checkURL(u); err != nil {
			return nil, fmt.Errorf("index URL: %w", err)
		}
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		c.indexes = append(c.indexes, u)
	}
	if len(c.indexes) == 0 {
		c.indexes = []string{DefaultIndexURL}
	}
	if c.maxAge == 0 {
		c.maxAge = DefaultMaxAge
	}
	if c.maxBytes <= 0 {
		c.maxBytes = DefaultMaxResponseBytes
	}
	if c.jobs <= 0 {
		c.jobs = DefaultJobs
	}
	if c.now == nil {
		c.now = time.Now
	}
	if opts.CacheDir != "" {
		ca, err := newCache(opts.CacheDir)
		if err != nil {
			return nil, err
		}
		c.cache = ca
	}
	return c, nil
}

func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q: want an absolute http or https URL", s)
	}
	return nil
}

// Project is what an index knows about a project.
type Project struct {
	// Name is the project's name as the index displays it (the JSON API's
	// info.name; the simple API's normalised name).
	Name string
	// Info is the metadata of the latest release (JSON API only; nil for
	// the simple API).
	Info *Info
	// Releases are sorted by version, oldest first.
	Releases []Release
	// Index is the URL the data came from.
	Index string
	// LastSerial is the index's change serial for the project (0 when not
	// given).
	LastSerial int64
}

// Info is a release's core metadata as the JSON API reports it.
type Info struct {
	Name              string
	Version           string
	Summary           string
	HomePage          string
	License           string // free text, often a whole license file
	LicenseExpression string // PEP 639 SPDX expression ("" when absent)
	LicenseFiles      []string
	Classifiers       []string
	ProjectURLs       map[string]string
	Author            string
	AuthorEmail       string // as written: "Name <a@b>, c@d"
	Maintainer        string
	MaintainerEmail   string // as written
	RequiresPython    string
	RequiresDist      []string
	Yanked            bool
	YankedReason      string
}

// AuthorEmails returns the addresses in AuthorEmail.
func (i *Info) AuthorEmails() []string { return emails(i.AuthorEmail) }

// MaintainerEmails returns the addresses in MaintainerEmail.
func (i *Info) MaintainerEmails() []string { return emails(i.MaintainerEmail) }

// emails extracts the addresses of an RFC 5322 address list, falling back
// to the comma-separated fields that contain an "@".
func emails(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []string
	if list, err := mail.ParseAddressList(s); err == nil {
		for _, a := range list {
			out = append(out, a.Address)
		}
		return out
	}
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if i := strings.LastIndexByte(f, '<'); i >= 0 && strings.HasSuffix(f, ">") {
			f = f[i+1 : len(f)-1]
		}
		if strings.Contains(f, "@") {
			out = append(out, f)
		}
	}
	return out
}

// Release is one version of a project.
type Release struct {
	Version string         // as the index spells it
	Parsed  pep440.Version // pep440.ParseLoose(Version)
	Files   []File
	// Yanked is true when the release has files and every one is yanked
	// (PEP 592: a yanked release is yanked as a whole).
	Yanked       bool
	YankedReason string    // the first reason given by a yanked file
	UploadTime   time.Time // the earliest upload of its files; zero when unknown
	// RequiresPython is the first requires-python of its files ("" when
	// none gives one).
	RequiresPython string
}

// File is one distribution of a release.
type File struct {
	Filename       string
	URL            string            // absolute
	Hashes         map[string]string // algorithm → lower-case hex (sha256, md5, ...)
	RequiresPython string
	Yanked         bool
	YankedReason   string
	UploadTime     time.Time // zero when the index does not say
	Size           int64     // -1 when the index does not say
	PackageType    string    // "sdist", "bdist_wheel", ... (from the JSON API or the file name)
}

// Find returns the release whose version equals version by PEP 440 rules
// ("1.0" finds "1.0.0"), or by exact text for non-PEP 440 versions; nil
// when there is none.
func (p *Project) Find(version string) *Release {
	want := pep440.ParseLoose(version)
	for i := range p.Releases {
		r := &p.Releases[i]
		if want.IsLegacy() || r.Parsed.IsLegacy() {
			if r.Version == version {
				return r
			}
			continue
		}
		if pep440.Equal(r.Parsed, want) {
			return r
		}
	}
	return nil
}

// finish computes the release-level fields from the files and sorts.
func finishReleases(rels []Release) []Release {
	for i := range rels {
		r := &rels[i]
		r.Parsed = pep440.ParseLoose(r.Version)
		yanked := len(r.Files) > 0
		for _, f := range r.Files {
			if !f.Yanked {
				yanked = false
			} else if r.YankedReason == "" {
				r.YankedReason = f.YankedReason
			}
			if !f.UploadTime.IsZero() && (r.UploadTime.IsZero() || f.UploadTime.Before(r.UploadTime)) {
				r.UploadTime = f.UploadTime
			}
			if r.RequiresPython == "" {
				r.RequiresPython = f.RequiresPython
			}
		}
		r.Yanked = yanked
		if !yanked {
			r.YankedReason = ""
		}
	}
	sort.SliceStable(rels, func(i, j int) bool {
		if c := pep440.Compare(rels[i].Parsed, rels[j].Parsed); c != 0 {
			return c < 0
		}
		return rels[i].Version < rels[j].Version
	})
	return rels
}

// NotFoundError reports a project (or release) the index does not have.
type NotFoundError struct {
	Name string // the project, or project==version
	URL  string // the last URL asked
}

// Error implements error.
func (e *NotFoundError) Error() string {
	return fmt.Sprintf("%s: not found on the index (%s)", e.Name, e.URL)
}

// StatusError reports an unexpected HTTP status.
type StatusError struct {
	URL  string
	Code int
}

// Error implements error.
func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: unexpected HTTP status %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// HashMismatchError reports a downloaded file whose digest differs from
// the index's.
type HashMismatchError struct {
	URL, Want, Got string
}

// Error implements error.
func (e *HashMismatchError) Error() string {
	return fmt.Sprintf("%s: sha256 %s, the index says %s", e.URL, e.Got, e.Want)
}

// IsNotFound reports whether err is, or wraps, a *NotFoundError.
func IsNotFound(err error) bool {
	var nf *NotFoundError
	return errors.As(err, &nf)
}

// Project fetches a project from the JSON API.
func (c *Client) Project(ctx context.Context, name string) (*Project, error) {
	norm := pep503.Normalize(name)
	if !pep503.Valid(name) {
		return nil, fmt.Errorf("%q: not a valid project name", name)
	}
	u := c.base + "/pypi/" + url.PathEscape(norm) + "/json"
	resp, err := c.get(ctx, u, "application/json")
	if err != nil {
		if IsNotFound(err) {
			return nil, &NotFoundError{Name: name, URL: u}
		}
		return nil, err
	}
	p, err := parseJSONProject(resp.body, resp.url)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	return p, nil
}

// ReleaseInfo is one release as the JSON API's per-version endpoint reports
// it: the release's own metadata and files.
type ReleaseInfo struct {
	Info    Info
	Release Release
}

// Release fetches one release from the JSON API
// (GET {base}/pypi/{name}/{version}/json). A version spelt differently
// from the published one ("2.31" for "2.31.0") is found through the
// project's release list.
func (c *Client) Release(ctx context.Context, name, version string) (*ReleaseInfo, error) {
	if !pep503.Valid(name) {
		return nil, fmt.Errorf("%q: not a valid project name", name)
	}
	if version == "" || strings.ContainsAny(version, "/?#") {
		return nil, fmt.Errorf("%q: not a valid version", version)
	}
	u := c.base + "/pypi/" + url.PathEscape(pep503.Normalize(name)) + "/" + url.PathEscape(version) + "/json"
	resp, err := c.get(ctx, u, "application/json")
	if IsNotFound(err) {
		// The endpoint wants the version as published: look "2.31" up as
		// "2.31.0" through the project's release list.
		if p, perr := c.Project(ctx, name); perr == nil {
			if r := p.Find(version); r != nil && r.Version != version {
				return c.Release(ctx, name, r.Version)
			}
		}
		return nil, &NotFoundError{Name: name + "==" + version, URL: u}
	}
	if err != nil {
		return nil, err
	}
	ri, err := parseJSONRelease(resp.body, resp.url)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	return ri, nil
}

// Simple fetches a project from the simple indexes: the first index that
// has the project answers (uv's "first-index" strategy, which keeps a
// public index from shadowing a private one's project). Only when every
// index answers 404 is the result a *NotFoundError.
func (c *Client) Simple(ctx context.Context, name string) (*Project, error) {
	if !pep503.Valid(name) {
		return nil, fmt.Errorf("%q: not a valid project name", name)
	}
	norm := pep503.Normalize(name)
	var last string
	for _, idx := range c.indexes {
		u := idx + url.PathEscape(norm) + "/"
		last = u
		resp, err := c.get(ctx, u, simpleAccept)
		if IsNotFound(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		p, err := parseSimple(resp, norm)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", u, err)
		}
		p.Index = idx
		return p, nil
	}
	return nil, &NotFoundError{Name: name, URL: last}
}

// Result is one project's outcome in Projects and SimpleProjects.
type Result struct {
	Name    string // as asked
	Project *Project
	Err     error
}

// Projects fetches many projects from the JSON API, at most Options.Jobs
// at a time. Results are in the order of names; a project that fails has
// its Err set and does not stop the others. The error is non-nil only
// when ctx ends first.
func (c *Client) Projects(ctx context.Context, names []string) ([]Result, error) {
	return c.fetchAll(ctx, names, c.Project)
}

// SimpleProjects is Projects for the simple indexes.
func (c *Client) SimpleProjects(ctx context.Context, names []string) ([]Result, error) {
	return c.fetchAll(ctx, names, c.Simple)
}

func (c *Client) fetchAll(ctx context.Context, names []string, fetch func(context.Context, string) (*Project, error)) ([]Result, error) {
	type outcome struct {
		p   *Project
		err error
	}
	// Each normal name is fetched once.
	uniq := map[string]int{}
	var order []string
	for _, n := range names {
		k := pep503.Normalize(n)
		if _, ok := uniq[k]; !ok {
			uniq[k] = len(order)
			order = append(order, n)
		}
	}
	outs := make([]outcome, len(order))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(c.jobs)
	for i, n := range order {
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			p, err := fetch(gctx, n)
			outs[i] = outcome{p, err}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := make([]Result, len(names))
	for i, n := range names {
		o := outs[uniq[pep503.Normalize(n)]]
		res[i] = Result{Name: n, Project: o.p, Err: o.err}
	}
	return res, nil
}

// Download fetches a file (not cached), failing when it is larger than
// limit bytes or its sha256 differs from the one the index gave.
func (c *Client) Download(ctx context.Context, f File, limit int64) ([]byte, error) {
	if err := checkURL(f.URL); err != nil {
		return nil, fmt.Errorf("%s: %w", f.Filename, err)
	}
	if c.offline {
		return nil, fmt.Errorf("%s: %w", f.URL, &httpclient.OfflineError{Host: hostOf(f.URL)})
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.URL, err)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			return nil, &NotFoundError{Name: f.Filename, URL: f.URL}
		}
		return nil, &StatusError{URL: f.URL, Code: resp.StatusCode}
	}
	b, err := httpclient.ReadBody(resp, limit)
	if err != nil {
		return nil, err
	}
	if want := f.Hashes["sha256"]; want != "" {
		sum := sha256.Sum256(b)
		if got := hex.EncodeToString(sum[:]); !strings.EqualFold(got, want) {
			return nil, &HashMismatchError{URL: f.URL, Want: want, Got: got}
		}
	}
	return b, nil
}

func hostOf(s string) string {
	if u, err := url.Parse(s); err == nil {
		return u.Host
	}
	return s
}
