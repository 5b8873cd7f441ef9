package pypiserver

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/testutil/nonet"
)

func TestMain(m *testing.M) { nonet.Main(m) }

func fetch(t *testing.T, method, url string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func demo(t *testing.T) *Server {
	return New(t, Project{
		Name:    "Demo_Pkg",
		License: "MIT",
		Releases: []Release{
			{Version: "1.0"},
			{Version: "1.1", RequiresPython: ">=3.8", Files: []File{
				{Filename: "demo_pkg-1.1-py3-none-any.whl", Content: []byte("PK wheel")},
				{Filename: "demo_pkg-1.1.tar.gz", Content: []byte("sdist")},
			}},
			{Version: "1.2", Yanked: true, YankedReason: "broken <build>"},
			{Version: "2.0rc1"},
			{Version: "0.9", NoFiles: true},
		},
	})
}

func TestJSONAPI(t *testing.T) {
	s := demo(t)
	resp, body := fetch(t, "GET", s.URL()+"/pypi/demo-pkg/json", nil)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("%d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var doc struct {
		Info struct {
			Name, Version, License string
			Yanked                 bool
		}
		Releases map[string][]struct {
			Filename     string
			Digests      map[string]string
			Yanked       bool
			YankedReason *string `json:"yanked_reason"`
			UploadTime   string  `json:"upload_time_iso_8601"`
			URL          string
		}
		URLs []any
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Info.Name != "Demo_Pkg" || doc.Info.Version != "1.1" || doc.Info.License != "MIT" || len(doc.URLs) != 2 {
		t.Errorf("info %+v, %d urls (latest is the newest final non-yanked release)", doc.Info, len(doc.URLs))
	}
	if len(doc.Releases) != 5 || len(doc.Releases["0.9"]) != 0 || len(doc.Releases["1.0"]) != 1 {
		t.Errorf("releases %+v", doc.Releases)
	}
	y := doc.Releases["1.2"][0]
	if !y.Yanked || y.YankedReason == nil || *y.YankedReason != "broken <build>" || len(y.Digests["sha256"]) != 64 || y.UploadTime == "" {
		t.Errorf("1.2 %+v", y)
	}
	resp, body = fetch(t, "GET", s.URL()+"/pypi/Demo.Pkg/1.2/json", nil)
	if resp.StatusCode != 200 || strings.Contains(body, `"releases"`) || !strings.Contains(body, `"yanked": true`) {
		t.Errorf("per-version: %d %s", resp.StatusCode, body)
	}
	for _, p := range []string{"/pypi/nope/json", "/pypi/demo-pkg/9.9/json", "/files/nope.whl", "/other"} {
		if resp, _ := fetch(t, "GET", s.URL()+p, nil); resp.StatusCode != 404 {
			t.Errorf("%s: %d", p, resp.StatusCode)
		}
	}
}

func TestSimpleAPI(t *testing.T) {
	s := demo(t)
	resp, body := fetch(t, "GET", s.IndexURL()+"demo-pkg/", map[string]string{"Accept": SimpleJSON})
	if resp.Header.Get("Content-Type") != SimpleJSON {
		t.Fatalf("content type %q", resp.Header.Get("Content-Type"))
	}
	var doc struct {
		Meta     map[string]any
		Name     string
		Versions []string
		Files    []map[string]any
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Name != "demo-pkg" || len(doc.Versions) != 5 || len(doc.Files) != 5 || doc.Meta["api-version"] != "1.1" {
		t.Errorf("%+v", doc)
	}
	var yanked, rp int
	for _, f := range doc.Files {
		if f["yanked"] == "broken <build>" {
			yanked++
		}
		if f["requires-python"] == ">=3.8" {
			rp++
		}
	}
	if yanked != 1 || rp != 2 {
		t.Errorf("yanked %d, requires-python %d", yanked, rp)
	}

	resp, body = fetch(t, "GET", s.IndexURL()+"demo-pkg/", map[string]string{"Accept": "text/html"})
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), SimpleHTML) ||
		!strings.Contains(body, `data-requires-python="&gt;=3.8"`) ||
		!strings.Contains(body, `data-yanked="broken &lt;build&gt;"`) ||
		!strings.Contains(body, `/files/demo_pkg-1.1.tar.gz#sha256=`) {
		t.Errorf("HTML page:\n%s", body)
	}
	if _, body = fetch(t, "GET", s.IndexURL()+"demo-pkg/?format="+url.QueryEscape(SimpleJSON), nil); !strings.HasPrefix(body, "{") {
		t.Error("?format= ignored")
	}
	resp, _ = fetch(t, "GET", s.IndexURL()+"Demo_Pkg/", nil)
	if resp.StatusCode != 301 || resp.Header.Get("Location") != "/simple/demo-pkg/" {
		t.Errorf("non-normal name: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if _, body = fetch(t, "GET", s.IndexURL(), map[string]string{"Accept": SimpleJSON}); !strings.Contains(body, `"name": "Demo_Pkg"`) {
		t.Errorf("root index %s", body)
	}
	if _, body = fetch(t, "GET", s.IndexURL(), nil); !strings.Contains(body, `href="/simple/demo-pkg/"`) {
		t.Errorf("root index %s", body)
	}
}

func TestFilesAndETag(t *testing.T) {
	s := demo(t)
	resp, body := fetch(t, "GET", s.FileURL("demo_pkg-1.1-py3-none-any.whl"), nil)
	if resp.StatusCode != 200 || body != "PK wheel" {
		t.Errorf("file: %d %q", resp.StatusCode, body)
	}
	if _, body = fetch(t, "GET", s.FileURL("demo_pkg-1.0.tar.gz"), nil); !strings.Contains(body, "Demo_Pkg 1.0") {
		t.Errorf("generated sdist %q", body)
	}
	if resp, body = fetch(t, "HEAD", s.FileURL("demo_pkg-1.1.tar.gz"), nil); resp.StatusCode != 200 || body != "" || resp.ContentLength != 5 {
		t.Errorf("HEAD: %d %q %d", resp.StatusCode, body, resp.ContentLength)
	}
	etag := resp.Header.Get("ETag")
	if resp, _ = fetch(t, "GET", s.FileURL("demo_pkg-1.1.tar.gz"), map[string]string{"If-None-Match": etag}); resp.StatusCode != 304 {
		t.Errorf("If-None-Match: %d", resp.StatusCode)
	}
	if resp, _ = fetch(t, "POST", s.URL()+"/pypi/demo-pkg/json", nil); resp.StatusCode != 405 {
		t.Errorf("POST: %d", resp.StatusCode)
	}
	if s.Hits("/files/demo_pkg-1.1.tar.gz") != 2 || s.TotalHits() != 5 {
		t.Errorf("hits %d / %d", s.Hits("/files/demo_pkg-1.1.tar.gz"), s.TotalHits())
	}
}

func TestFaults(t *testing.T) {
	s := demo(t)
	s.SetFault("/pypi/", Fault{Status: 429, RetryAfter: "7", Times: 1})
	s.SetFault("/pypi/", Fault{Status: 500, Body: "oops", Times: 1})
	s.SetFault("/simple/", Fault{Body: `{"meta": `})
	resp, _ := fetch(t, "GET", s.URL()+"/pypi/demo-pkg/json", nil)
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") != "7" {
		t.Errorf("first: %d %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if resp, body := fetch(t, "GET", s.URL()+"/pypi/demo-pkg/json", nil); resp.StatusCode != 500 || body != "oops" {
		t.Errorf("second: %d %q", resp.StatusCode, body)
	}
	if resp, _ := fetch(t, "GET", s.URL()+"/pypi/demo-pkg/json", nil); resp.StatusCode != 200 {
		t.Errorf("third: %d", resp.StatusCode)
	}
	if _, body := fetch(t, "GET", s.IndexURL()+"demo-pkg/", nil); body != `{"meta": ` {
		t.Errorf("malformed body %q", body)
	}
	s.ClearFaults()
	s.SetFault("/files/", Fault{Disconnect: true, Times: 1})
	req, _ := http.NewRequestWithContext(context.Background(), "GET", s.FileURL("demo_pkg-1.1.tar.gz"), nil)
	if resp, err := (&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}).Do(req); err == nil {
		resp.Body.Close()
		t.Error("Disconnect: got a response")
	}
	s.ClearFaults()
	s.SetFault("/files/", Fault{Delay: 30 * time.Millisecond})
	start := time.Now()
	fetch(t, "GET", s.FileURL("demo_pkg-1.1.tar.gz"), nil)
	if time.Since(start) < 30*time.Millisecond {
		t.Error("delay ignored")
	}
}

func TestHoldAndInFlight(t *testing.T) {
	s := demo(t)
	hold := make(chan struct{})
	s.SetFault("/pypi/", Fault{Hold: hold})
	const n = 3
	codes := make(chan int, n)
	for range n {
		go func() {
			resp, err := http.Get(s.URL() + "/pypi/demo-pkg/json")
			if err != nil {
				codes <- 0
				return
			}
			resp.Body.Close()
			codes <- resp.StatusCode
		}()
	}
	released := false
	defer func() {
		if !released {
			close(hold) // never leave the requests waiting
		}
	}()
	deadline := time.Now().Add(10 * time.Second)
	for s.InFlight() < n && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if got := s.InFlight(); got != n {
		t.Fatalf("InFlight = %d while held, want %d", got, n)
	}
	if got := s.MaxInFlight(); got != n {
		t.Errorf("MaxInFlight = %d, want %d", got, n)
	}
	close(hold)
	released = true
	for range n {
		if code := <-codes; code != http.StatusOK {
			t.Errorf("released request: status %d", code)
		}
	}
	for s.InFlight() != 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if got := s.InFlight(); got != 0 {
		t.Errorf("InFlight = %d after the answers", got)
	}
}
