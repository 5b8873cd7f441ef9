package pypi

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/httpclient"
	"github.com/krait-dev/krait/internal/testutil/nonet"
	"github.com/krait-dev/krait/internal/testutil/pypiserver"
)

func TestMain(m *testing.M) { nonet.Main(m) }

var t0 = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

func fixture() []pypiserver.Project {
	return []pypiserver.Project{
		{
			Name:              "Requests",
			Summary:           "Python HTTP for Humans.",
			License:           "Apache 2.0",
			LicenseExpression: "Apache-2.0",
			Classifiers:       []string{"License :: OSI Approved :: Apache Software License", "Programming Language :: Python :: 3"},
			HomePage:          "https://requests.readthedocs.io",
			ProjectURLs:       map[string]string{"Source": "https://github.com/psf/requests"},
			Author:            "Kenneth Reitz",
			AuthorEmail:       "me@kennethreitz.org",
			Maintainer:        "Nate, Seth",
			MaintainerEmail:   "Nate <nate@example.org>, seth@example.org",
			RequiresDist:      []string{"urllib3<3,>=1.21.1"},
			Releases: []pypiserver.Release{
				{Version: "2.30.0", UploadTime: t0},
				{Version: "2.31.0", UploadTime: t0.AddDate(0, 1, 0), RequiresPython: ">=3.7", Files: []pypiserver.File{
					{Filename: "requests-2.31.0.tar.gz", Content: []byte("sdist 2.31.0")},
					{Filename: "requests-2.31.0-py3-none-any.whl", Content: []byte("wheel 2.31.0")},
				}},
				{Version: "2.32.0", UploadTime: t0.AddDate(0, 2, 0), Yanked: true, YankedReason: "Yanked due to conflicts with CVE-2024-35195 mitigation"},
				{Version: "2.32.3", UploadTime: t0.AddDate(0, 3, 0), RequiresPython: ">=3.8"},
				{Version: "3.0.0b1", UploadTime: t0.AddDate(0, 4, 0)},
			},
		},
		{
			Name:     "zope.interface",
			Releases: []pypiserver.Release{{Version: "6.0", Files: []pypiserver.File{{Filename: "zope.interface-6.0.tar.gz", Content: []byte("z")}, {Filename: "zope.interface-6.0-cp311-cp311-manylinux_2_17_x86_64.whl", Content: []byte("w"), RequiresPython: ">=3.7", Yanked: true}}}},
		},
	}
}

func newClient(t *testing.T, srv *pypiserver.Server, mod func(*Options)) *Client {
	t.Helper()
	opts := Options{
		HTTPClient: httpclient.New(httpclient.Options{Version: "test", BaseDelay: time.Millisecond, MaxDelay: 20 * time.Millisecond, Timeout: 10 * time.Second}),
		BaseURL:    srv.URL(),
		IndexURLs:  []string{srv.IndexURL()},
	}
	if mod != nil {
		mod(&opts)
	}
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func versions(p *Project) string {
	var vs []string
	for _, r := range p.Releases {
		vs = append(vs, r.Version)
	}
	return strings.Join(vs, " ")
}

func TestJSONProject(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	c := newClient(t, srv, nil)
	p, err := c.Project(context.Background(), "REQUESTS")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := versions(p), "2.30.0 2.31.0 2.32.0 2.32.3 3.0.0b1"; got != want {
		t.Errorf("versions %q, want %q", got, want)
	}
	i := p.Info
	if i.Name != "Requests" || i.Version != "2.32.3" || i.License != "Apache 2.0" || i.LicenseExpression != "Apache-2.0" ||
		len(i.Classifiers) != 2 || i.ProjectURLs["Source"] != "https://github.com/psf/requests" || i.Summary == "" || i.HomePage == "" ||
		i.RequiresPython != ">=3.8" || len(i.RequiresDist) != 1 {
		t.Errorf("info %+v", i)
	}
	if got := strings.Join(i.MaintainerEmails(), " "); got != "nate@example.org seth@example.org" {
		t.Errorf("MaintainerEmails %q", got)
	}
	if got := strings.Join(i.AuthorEmails(), " "); got != "me@kennethreitz.org" {
		t.Errorf("AuthorEmails %q", got)
	}
	r := p.Find("2.31")
	if r == nil || r.Version != "2.31.0" {
		t.Fatalf("Find(2.31) = %v", r)
	}
	if len(r.Files) != 2 || r.RequiresPython != ">=3.7" || !r.UploadTime.Equal(t0.AddDate(0, 1, 0)) || r.Yanked {
		t.Errorf("release %+v", r)
	}
	for _, f := range r.Files {
		if len(f.Hashes["sha256"]) != 64 || f.Size <= 0 || !strings.HasPrefix(f.URL, srv.URL()+"/files/") || f.PackageType == "" {
			t.Errorf("file %+v", f)
		}
	}
	y := p.Find("2.32.0")
	if !y.Yanked || !strings.Contains(y.YankedReason, "CVE-2024-35195") {
		t.Errorf("2.32.0 yanked=%v reason=%q", y.Yanked, y.YankedReason)
	}
	if p.Find("9.9") != nil {
		t.Error("Find(9.9) found a release")
	}
}

func TestJSONRelease(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	c := newClient(t, srv, nil)
	ri, err := c.Release(context.Background(), "requests", "2.32.0")
	if err != nil {
		t.Fatal(err)
	}
	if ri.Info.Version != "2.32.0" || !ri.Info.Yanked || !ri.Release.Yanked || len(ri.Release.Files) != 1 || ri.Info.LicenseExpression != "Apache-2.0" {
		t.Errorf("%+v", ri)
	}
	_, err = c.Release(context.Background(), "requests", "1.0")
	if !IsNotFound(err) || !strings.Contains(err.Error(), "requests==1.0") {
		t.Errorf("missing release: err = %v", err)
	}
}

func TestNotFound(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	c := newClient(t, srv, nil)
	if _, err := c.Project(context.Background(), "no-such"); !IsNotFound(err) {
		t.Errorf("Project: err = %v", err)
	}
	if _, err := c.Simple(context.Background(), "no-such"); !IsNotFound(err) {
		t.Errorf("Simple: err = %v", err)
	}
	if _, err := c.Project(context.Background(), "../etc"); err == nil || IsNotFound(err) {
		t.Errorf("invalid name: err = %v", err)
	}
	if srv.Hits("/pypi/../etc/json") != 0 {
		t.Error("an invalid name reached the server")
	}
}

func checkSimple(t *testing.T, p *Project) {
	t.Helper()
	if got, want := versions(p), "2.30.0 2.31.0 2.32.0 2.32.3 3.0.0b1"; got != want {
		t.Errorf("versions %q, want %q", got, want)
	}
	r := p.Find("2.31.0")
	if r == nil || len(r.Files) != 2 || r.RequiresPython != ">=3.7" {
		t.Fatalf("2.31.0: %+v", r)
	}
	for _, f := range r.Files {
		if len(f.Hashes["sha256"]) != 64 || !strings.HasPrefix(f.URL, "http://127.0.0.1") || strings.Contains(f.URL, "#") {
			t.Errorf("file %+v", f)
		}
	}
	if y := p.Find("2.32.0"); !y.Yanked || !strings.Contains(y.YankedReason, "CVE-2024-35195") {
		t.Errorf("2.32.0: %+v", y)
	}
	if p.Info != nil {
		t.Error("simple API project has Info")
	}
}

func TestSimpleJSON(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	c := newClient(t, srv, nil)
	p, err := c.Simple(context.Background(), "Requests")
	if err != nil {
		t.Fatal(err)
	}
	checkSimple(t, p)
	if r := p.Find("2.31.0"); !r.UploadTime.Equal(t0.AddDate(0, 1, 0)) || r.Files[0].Size <= 0 {
		t.Errorf("PEP 700 fields missing: %+v", r)
	}
	if p.Index != srv.IndexURL() {
		t.Errorf("Index %q", p.Index)
	}
	// A name with dots, and a partially yanked release.
	z, err := c.Simple(context.Background(), "Zope_Interface")
	if err != nil {
		t.Fatal(err)
	}
	r := z.Find("6.0")
	if r == nil || len(r.Files) != 2 || r.Yanked {
		t.Errorf("zope.interface 6.0: %+v", r)
	}
}

func TestSimpleHTML(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	// An index that answers only PEP 503 HTML: force ?format= via a
	// client transport that rewrites the Accept header.
	hc := &http.Client{Transport: acceptRewriter{}}
	c := newClient(t, srv, func(o *Options) { o.HTTPClient = hc })
	p, err := c.Simple(context.Background(), "requests")
	if err != nil {
		t.Fatal(err)
	}
	checkSimple(t, p)
	if r := p.Find("2.31.0"); !r.UploadTime.IsZero() {
		t.Errorf("HTML gave an upload time: %v", r.UploadTime)
	}
}

type acceptRewriter struct{}

func (acceptRewriter) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Accept", "text/html")
	return http.DefaultTransport.RoundTrip(r)
}

func TestParseSimpleHTMLHostile(t *testing.T) {
	base, _ := url.Parse("https://example.org/simple/foo/")
	page := `<html><head><meta name="pypi:repository-version" content="1.0"><base href="/pkgs/"></head><body>
<a href="foo-1.0.tar.gz#sha256=ABCDEF">foo-1.0.tar.gz</a>
<a href="../foo-1.1-py3-none-any.whl" data-requires-python="&gt;=3.8,&lt;4" data-yanked>foo-1.1-py3-none-any.whl</a>
<a href="https://other.example/foo-1.2.zip" data-yanked="bad &amp; broken">foo-1.2.zip
<a>no href</a><a href="bar-9.tar.gz">bar-9.tar.gz</a><a href="foo.exe">foo.exe</a>
<a href="Foo-2.0.tar.gz"/>
<a href="foo-3.0.tar.gz">`
	p, err := parseSimpleHTML([]byte(page), base, "foo")
	if err != nil {
		t.Fatal(err)
	}
	if got := versions(p); got != "1.0 1.1 1.2 2.0 3.0" {
		t.Errorf("versions %q", got)
	}
	f := p.Find("1.0").Files[0]
	if f.URL != "https://example.org/pkgs/foo-1.0.tar.gz" || f.Hashes["sha256"] != "abcdef" {
		t.Errorf("1.0: %+v", f)
	}
	f = p.Find("1.1").Files[0]
	if f.URL != "https://example.org/foo-1.1-py3-none-any.whl" || f.RequiresPython != ">=3.8,<4" || !f.Yanked || f.YankedReason != "" {
		t.Errorf("1.1: %+v", f)
	}
	if r := p.Find("1.2"); !r.Yanked || r.YankedReason != "bad & broken" {
		t.Errorf("1.2: %+v", r)
	}
	if _, err := parseSimpleHTML([]byte(`<meta name="pypi:repository-version" content="2.0">`), base, "foo"); err == nil {
		t.Error("repository version 2.0 accepted")
	}
}

func TestParseSimpleJSONHostile(t *testing.T) {
	base, _ := url.Parse("https://example.org/simple/foo/")
	for _, in := range []string{
		`{`, `[]`, `{"meta":{"api-version":"2.0"},"files":[]}`,
		`{"files":[{"filename":"foo-1.0.tar.gz","yanked":7}]}`,
		`{"files":"x"}`,
	} {
		if _, err := parseSimpleJSON([]byte(in), base, "foo"); err == nil && in != `[]` {
			t.Errorf("%s: no error", in)
		}
	}
	p, err := parseSimpleJSON([]byte(`{"meta":{"api-version":"1.0"},"name":"foo","files":[
		{"filename":"foo-1.0.tar.gz","url":"../../f/foo-1.0.tar.gz","hashes":{"SHA256":"AA"},"yanked":true,"requires-python":null},
		{"filename":"foo-1.0-py3-none-any.whl","url":"x.whl","hashes":{},"yanked":"broken"},
		{"filename":"other-1.0.tar.gz","url":"o","hashes":{}}]}`), base, "foo")
	if err != nil {
		t.Fatal(err)
	}
	r := p.Find("1.0")
	if r == nil || len(r.Files) != 2 || !r.Yanked || r.YankedReason != "broken" || r.Files[0].URL != "https://example.org/f/foo-1.0.tar.gz" || r.Files[0].Hashes["sha256"] != "aa" {
		t.Errorf("%+v", r)
	}
}

func TestJSONHostile(t *testing.T) {
	for _, in := range []string{`{`, `{}`, `null`, `{"info":{"classifiers":"x"}}`, `{"info":{},"releases":{"1.0":{"a":1}}}`} {
		if _, err := parseJSONProject([]byte(in), "https://example.org/pypi/x/json"); err == nil {
			t.Errorf("%s: no error", in)
		}
	}
	p, err := parseJSONProject([]byte(`{"info":{"name":"x","project_urls":null,"license_expression":null,"classifiers":null},
		"releases":{"1.0":[],"not a version":[{"filename":"x-not a version.tar.gz","upload_time":"bad","size":null}]}}`), "https://example.org/pypi/x/json")
	if err != nil {
		t.Fatal(err)
	}
	if got := versions(p); got != "not a version 1.0" {
		t.Errorf("versions %q (legacy versions sort first)", got)
	}
}

func TestFilenameVersion(t *testing.T) {
	for _, tc := range []struct{ project, file, want string }{
		{"requests", "requests-2.31.0.tar.gz", "2.31.0"},
		{"requests", "requests-2.31.0-py3-none-any.whl", "2.31.0"},
		{"zope-interface", "zope.interface-6.0.tar.gz", "6.0"},
		{"zope-interface", "zope_interface-6.0-1-cp311-cp311-linux_x86_64.whl", "6.0"},
		{"foo-bar", "foo-bar-1.0-rc1.zip", "1.0-rc1"},
		{"foo", "foo-1.0-py2.7.egg", "1.0"},
		{"foo", "FOO-1.0.TAR.GZ", "1.0"},
		{"foo", "foobar-1.0.tar.gz", ""},
		{"foo", "foo-1.0.exe", ""},
		{"foo", "foo.tar.gz", ""},
		{"foo", "foo-.tar.gz", ""},
	} {
		got, ok := FilenameVersion(tc.project, tc.file)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("FilenameVersion(%q, %q) = %q, %v; want %q", tc.project, tc.file, got, ok, tc.want)
		}
	}
}

func TestMultipleIndexes(t *testing.T) {
	private := pypiserver.New(t, pypiserver.Project{Name: "internal-lib", Releases: []pypiserver.Release{{Version: "1.0"}}})
	public := pypiserver.New(t, append(fixture(), pypiserver.Project{Name: "internal-lib", Releases: []pypiserver.Release{{Version: "99.0"}}})...)
	c := newClient(t, public, func(o *Options) { o.IndexURLs = []string{private.IndexURL(), public.IndexURL()} })
	p, err := c.Simple(context.Background(), "internal_lib")
	if err != nil {
		t.Fatal(err)
	}
	if versions(p) != "1.0" || p.Index != private.IndexURL() {
		t.Errorf("internal-lib from %s: %s (the first index must win)", p.Index, versions(p))
	}
	p, err = c.Simple(context.Background(), "requests")
	if err != nil || p.Index != public.IndexURL() {
		t.Fatalf("requests: %v, %v", p, err)
	}
}

func TestCacheRevalidation(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	dir := t.TempDir()
	now := t0
	clock := func() time.Time { return now }
	c := newClient(t, srv, func(o *Options) { o.CacheDir = dir; o.MaxAge = time.Hour; o.Now = clock })
	ctx := context.Background()
	const path = "/pypi/requests/json"
	if _, err := c.Project(ctx, "requests"); err != nil {
		t.Fatal(err)
	}
	// Fresh: no request.
	now = now.Add(30 * time.Minute)
	if _, err := c.Project(ctx, "requests"); err != nil || srv.Hits(path) != 1 {
		t.Fatalf("fresh: hits %d, err %v", srv.Hits(path), err)
	}
	// Stale: revalidated (304), still served.
	now = now.Add(time.Hour)
	if p, err := c.Project(ctx, "requests"); err != nil || srv.Hits(path) != 2 || p.Find("2.32.3") == nil {
		t.Fatalf("stale: hits %d, err %v", srv.Hits(path), err)
	}
	// The 304 refreshed the entry.
	now = now.Add(30 * time.Minute)
	if _, err := c.Project(ctx, "requests"); err != nil || srv.Hits(path) != 2 {
		t.Fatalf("refreshed: hits %d, err %v", srv.Hits(path), err)
	}
	// Changed upstream: the new body replaces the cached one.
	proj := fixture()[0]
	proj.Releases = append(proj.Releases, pypiserver.Release{Version: "2.33.0"})
	srv.SetProject(proj)
	now = now.Add(2 * time.Hour)
	p, err := c.Project(ctx, "requests")
	if err != nil || p.Find("2.33.0") == nil {
		t.Fatalf("changed: %v, %v", p, err)
	}
	// Offline: served from the cache however old; missing entries fail
	// with an offline error, and nothing is asked.
	hits := srv.TotalHits()
	off := newClient(t, srv, func(o *Options) {
		o.CacheDir = dir
		o.Offline = true
		o.Now = func() time.Time { return now.AddDate(1, 0, 0) }
	})
	if p, err := off.Project(ctx, "requests"); err != nil || p.Find("2.33.0") == nil {
		t.Fatalf("offline: %v, %v", p, err)
	}
	_, err = off.Project(ctx, "zope.interface")
	if !httpclient.IsOffline(err) || !strings.Contains(err.Error(), "not in the cache") {
		t.Errorf("offline miss: err = %v", err)
	}
	// An offline HTTP client (without Options.Offline) uses stale entries too.
	offHTTP := newClient(t, srv, func(o *Options) {
		o.CacheDir = dir
		o.HTTPClient = httpclient.New(httpclient.Options{Offline: true})
		o.Now = func() time.Time { return now.AddDate(1, 0, 0) }
	})
	if p, err := offHTTP.Project(ctx, "requests"); err != nil || p.Find("2.33.0") == nil {
		t.Fatalf("offline HTTP client: %v, %v", p, err)
	}
	if _, err := offHTTP.Project(ctx, "zope.interface"); !httpclient.IsOffline(err) {
		t.Errorf("offline HTTP client, miss: %v", err)
	}
	if srv.TotalHits() != hits {
		t.Errorf("offline client made %d requests", srv.TotalHits()-hits)
	}
}

func TestCacheDamaged(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	dir := t.TempDir()
	c := newClient(t, srv, func(o *Options) { o.CacheDir = dir })
	ctx := context.Background()
	if _, err := c.Project(ctx, "requests"); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.cache"))
	if len(files) != 1 {
		t.Fatalf("cache files %q", files)
	}
	b, _ := os.ReadFile(files[0])
	os.WriteFile(files[0], b[:len(b)-10], 0o644) // truncated body
	if _, err := c.Project(ctx, "requests"); err != nil || srv.Hits("/pypi/requests/json") != 2 {
		t.Fatalf("damaged entry: hits %d, err %v", srv.Hits("/pypi/requests/json"), err)
	}
	os.WriteFile(files[0], []byte(strings.Repeat("x", 10000)), 0o644) // no metadata line
	if _, err := c.Project(ctx, "requests"); err != nil || srv.Hits("/pypi/requests/json") != 3 {
		t.Fatalf("garbage entry: hits %d, err %v", srv.Hits("/pypi/requests/json"), err)
	}
}

func TestFaults(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	c := newClient(t, srv, nil)
	ctx := context.Background()

	srv.SetFault("/pypi/requests/", pypiserver.Fault{Status: 500, Times: 2})
	if _, err := c.Project(ctx, "requests"); err != nil {
		t.Errorf("two 500s then success: %v", err)
	}
	srv.SetFault("/pypi/requests/", pypiserver.Fault{Status: 429, RetryAfter: "0", Times: 1})
	if _, err := c.Project(ctx, "requests"); err != nil {
		t.Errorf("429 then success: %v", err)
	}
	srv.SetFault("/pypi/requests/", pypiserver.Fault{Disconnect: true, Times: 2})
	if _, err := c.Project(ctx, "requests"); err != nil {
		t.Errorf("dropped connections then success: %v", err)
	}
	srv.SetFault("/pypi/requests/", pypiserver.Fault{Status: 503})
	var se *StatusError
	if _, err := c.Project(ctx, "requests"); !errors.As(err, &se) || se.Code != 503 {
		t.Errorf("persistent 503: err = %v", err)
	}
	srv.ClearFaults()
	srv.SetFault("/pypi/requests/", pypiserver.Fault{Body: `{"info": {"name": "requests", "releases": [`})
	if _, err := c.Project(ctx, "requests"); err == nil || !strings.Contains(err.Error(), "/pypi/requests/json") {
		t.Errorf("malformed JSON: err = %v (want one naming the URL)", err)
	}
	srv.ClearFaults()
	srv.SetFault("/pypi/requests/", pypiserver.Fault{Status: 404})
	if _, err := c.Project(ctx, "requests"); !IsNotFound(err) {
		t.Errorf("404: err = %v", err)
	}
	srv.ClearFaults()
	srv.SetFault("/pypi/", pypiserver.Fault{Delay: 5 * time.Second})
	cctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := c.Project(cctx, "requests"); !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 3*time.Second {
		t.Errorf("delay past the deadline: err = %v after %v", err, time.Since(start))
	}
}

func TestResponseSizeLimit(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	c := newClient(t, srv, func(o *Options) { o.MaxResponseBytes = 100 })
	var tl *httpclient.TooLargeError
	if _, err := c.Project(context.Background(), "requests"); !errors.As(err, &tl) {
		t.Errorf("err = %v, want TooLargeError", err)
	}
}

func TestProjectsParallel(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	var inflight, peak atomic.Int32
	c := newClient(t, srv, func(o *Options) {
		o.Jobs = 2
		o.HTTPClient = &http.Client{Transport: countingTransport{&inflight, &peak}}
	})
	srv.SetFault("/pypi/", pypiserver.Fault{Delay: 20 * time.Millisecond})
	names := []string{"requests", "zope.interface", "missing", "Requests", "a", "b", "c"}
	res, err := c.Projects(context.Background(), names)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(names) {
		t.Fatalf("%d results", len(res))
	}
	for i, r := range res {
		if r.Name != names[i] {
			t.Errorf("result %d is %q, want %q", i, r.Name, names[i])
		}
	}
	if res[0].Err != nil || res[1].Err != nil || !IsNotFound(res[2].Err) || res[3].Project != res[0].Project {
		t.Errorf("results %+v", res)
	}
	if srv.Hits("/pypi/requests/json") != 1 {
		t.Errorf("requests fetched %d times", srv.Hits("/pypi/requests/json"))
	}
	if peak.Load() > 2 {
		t.Errorf("%d requests at once, limit 2", peak.Load())
	}
	sp, err := c.SimpleProjects(context.Background(), []string{"requests", "missing"})
	if err != nil || sp[0].Err != nil || !IsNotFound(sp[1].Err) {
		t.Errorf("SimpleProjects: %+v, %v", sp, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Projects(ctx, names); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

type countingTransport struct{ inflight, peak *atomic.Int32 }

func (c countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	n := c.inflight.Add(1)
	defer c.inflight.Add(-1)
	for {
		p := c.peak.Load()
		if n <= p || c.peak.CompareAndSwap(p, n) {
			break
		}
	}
	return http.DefaultTransport.RoundTrip(r)
}

func TestDownload(t *testing.T) {
	srv := pypiserver.New(t, append(fixture(), pypiserver.Project{Name: "evil", Releases: []pypiserver.Release{{Version: "1.0", Files: []pypiserver.File{
		{Filename: "evil-1.0.tar.gz", Content: []byte("tampered"), SHA256: strings.Repeat("ab", 32)},
	}}}})...)
	c := newClient(t, srv, nil)
	ctx := context.Background()
	p, err := c.Simple(ctx, "requests")
	if err != nil {
		t.Fatal(err)
	}
	f := p.Find("2.31.0").Files[1]
	b, err := c.Download(ctx, f, 1<<20)
	if err != nil || string(b) != "wheel 2.31.0" {
		t.Errorf("download: %q, %v", b, err)
	}
	if _, err := c.Download(ctx, f, 3); err == nil {
		t.Error("limit ignored")
	}
	e, err := c.Simple(ctx, "evil")
	if err != nil {
		t.Fatal(err)
	}
	var hm *HashMismatchError
	if _, err := c.Download(ctx, e.Releases[0].Files[0], 1<<20); !errors.As(err, &hm) {
		t.Errorf("tampered file: err = %v", err)
	}
	off := newClient(t, srv, func(o *Options) { o.Offline = true })
	if _, err := off.Download(ctx, f, 1<<20); !httpclient.IsOffline(err) {
		t.Errorf("offline download: err = %v", err)
	}
}

func TestNewRejectsBadURLs(t *testing.T) {
	for _, o := range []Options{{BaseURL: "ftp://x"}, {IndexURLs: []string{"/simple"}}, {BaseURL: "://"}} {
		if _, err := New(o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}

func TestReleaseOtherSpelling(t *testing.T) {
	srv := pypiserver.New(t, fixture()...)
	c := newClient(t, srv, nil)
	ri, err := c.Release(context.Background(), "requests", "2.31")
	if err != nil {
		t.Fatal(err)
	}
	if ri.Info.Version != "2.31.0" || len(ri.Release.Files) != 2 {
		t.Errorf("%+v", ri)
	}
}

func TestNegativeCacheAndOfflineIndexes(t *testing.T) {
	private := pypiserver.New(t, pypiserver.Project{Name: "internal-lib", Releases: []pypiserver.Release{{Version: "1.0"}}})
	public := pypiserver.New(t, fixture()...)
	dir := t.TempDir()
	idx := func(o *Options) { o.CacheDir = dir; o.IndexURLs = []string{private.IndexURL(), public.IndexURL()} }
	c := newClient(t, public, idx)
	ctx := context.Background()
	for range 2 {
		if _, err := c.Simple(ctx, "requests"); err != nil {
			t.Fatal(err)
		}
	}
	if n := private.Hits("/simple/requests/"); n != 1 {
		t.Errorf("the private index was asked %d times for a project it does not have (want 1: 404s are cached)", n)
	}
	// Offline, the cached 404 sends the lookup on to the next index.
	off := newClient(t, public, func(o *Options) { idx(o); o.Offline = true })
	p, err := off.Simple(ctx, "requests")
	if err != nil || p.Index != public.IndexURL() {
		t.Fatalf("offline: %v, %v", p, err)
	}
	if _, err := off.Simple(ctx, "never-seen"); !httpclient.IsOffline(err) {
		t.Errorf("offline miss: %v", err)
	}
}
