package osvserver

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func post(t *testing.T, url, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

func get(t *testing.T, url string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp, data
}

func TestQueryBatchPaging(t *testing.T) {
	s := New(t, LoadDir(t, "testdata"), Options{PageSize: 1})
	q := `{"queries":[{"package":{"name":"requests","ecosystem":"PyPI"},"version":"2.0.0"},{"package":{"name":"nothing","ecosystem":"PyPI"},"version":"1"}]}`
	code, body := post(t, s.URL+"/v1/querybatch", q)
	want := `{"results":[{"vulns":[{"id":"PYSEC-2099-3","modified":"2099-03-01T00:00:00Z"}],"next_page_token":"page:1"},{}]}` + "\n"
	if code != 200 || body != want {
		t.Errorf("querybatch = %d %s, want %s", code, body, want)
	}
	q = `{"queries":[{"package":{"name":"requests","ecosystem":"PyPI"},"version":"2.0.0","page_token":"page:1"}]}`
	_, body = post(t, s.URL+"/v1/querybatch", q)
	if want := `{"results":[{"vulns":[{"id":"PYSEC-2099-4","modified":"2099-03-05T10:11:12.123456Z"}]}]}` + "\n"; body != want {
		t.Errorf("page 2 = %s, want %s", body, want)
	}
	for _, bad := range []string{
		`{"queries":[{"package":{"name":"requests","ecosystem":"PyPI"},"page_token":"bogus"}]}`,
		`{"queries":[{"package":{"name":"requests"}}]}`,
		`{"queries":[{}]}`,
		`{"queries":`,
		`{"queries":[` + strings.Repeat(`{"package":{"name":"a","ecosystem":"PyPI"}},`, MaxBatch) + `{"package":{"name":"a","ecosystem":"PyPI"}}]}`,
	} {
		if code, body := post(t, s.URL+"/v1/querybatch", bad); code != 400 || !strings.Contains(body, `"code":3`) {
			t.Errorf("bad query %.60s: %d %s", bad, code, body)
		}
	}
}

func TestQueryAndVulns(t *testing.T) {
	s := New(t, LoadDir(t, "testdata"), Options{PageSize: 1, Malformed: []string{"MAL-2099-7"}})
	code, body := post(t, s.URL+"/v1/query", `{"package":{"name":"Requests","ecosystem":"PyPI"},"version":"2.0.0"}`)
	var r struct {
		Vulns []struct {
			ID string `json:"id"`
		} `json:"vulns"`
		NextPageToken string `json:"next_page_token"`
	}
	if err := json.Unmarshal([]byte(body), &r); err != nil || code != 200 || len(r.Vulns) != 1 || r.NextPageToken == "" {
		t.Errorf("query = %d %s", code, body)
	}
	if _, body := post(t, s.URL+"/v1/query", `{"package":{"name":"x","ecosystem":"PyPI"},"version":"1"}`); body != "{}\n" {
		t.Errorf("empty query answer = %q, want {}", body)
	}
	resp, data := get(t, s.URL+"/v1/vulns/PYSEC-2099-1")
	if resp.StatusCode != 200 || !json.Valid(data) {
		t.Errorf("vuln = %d %s", resp.StatusCode, data)
	}
	if resp, data := get(t, s.URL+"/v1/vulns/MAL-2099-7"); resp.StatusCode != 200 || json.Valid(data) {
		t.Errorf("malformed vuln = %d %s", resp.StatusCode, data)
	}
	if resp, data := get(t, s.URL+"/v1/vulns/NOPE-1"); resp.StatusCode != 404 || !strings.Contains(string(data), `"code":5`) {
		t.Errorf("unknown vuln = %d %s", resp.StatusCode, data)
	}
	if got := s.Log(); len(got) != 5 || got[0] != "POST /v1/query" || got[4] != "GET /v1/vulns/NOPE-1" {
		t.Errorf("log = %v", got)
	}
}

func TestFaults(t *testing.T) {
	s := New(t, LoadDir(t, "testdata"), Options{Faults: map[int]int{2: 429, 3: 500}, RetryAfter: "7"})
	var codes []string
	for range 4 {
		resp, _ := get(t, s.URL+"/v1/vulns/PYSEC-2099-1")
		codes = append(codes, fmt.Sprint(resp.StatusCode, resp.Header.Get("Retry-After")))
	}
	if got := strings.Join(codes, " "); got != "200 4297 500 200" {
		t.Errorf("statuses %s", got)
	}
	s.SetOptions(Options{Delay: time.Second})
	c := &http.Client{Timeout: 20 * time.Millisecond}
	if _, err := c.Get(s.URL + "/v1/vulns/PYSEC-2099-1"); err == nil {
		t.Error("delay: no timeout")
	}
}

func TestAllZip(t *testing.T) {
	s := New(t, LoadDir(t, "testdata"), Options{ZipExtra: map[string][]byte{"bad.json": []byte("{")}})
	resp, data := get(t, s.ZipURL())
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("all.zip: %d %v", resp.StatusCode, err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	if got := strings.Join(names, " "); got != "GHSA-2099-aaaa-bbbb.json MAL-2099-7.json PYSEC-2099-1.json PYSEC-2099-3.json PYSEC-2099-4.json bad.json" {
		t.Errorf("entries %s", got)
	}
	etag := resp.Header.Get("ETag")
	if resp, _ := get(t, s.ZipURL(), "If-None-Match", etag); resp.StatusCode != 304 {
		t.Errorf("conditional GET = %d, want 304", resp.StatusCode)
	}
	s.SetOptions(Options{TruncateZip: true})
	_, data = get(t, s.ZipURL())
	if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
		t.Error("truncated zip reads")
	}
}
