package pypiserver

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/deps/pep503"
)

// archiveTime returns the modification time of every archive member, so
// that archives (and their hashes) are the same on every run.
func archiveTime() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ZipArchive returns a zip archive holding files (member name → content),
// in name order. Names are used as given, so tests can build hostile
// archives ("../evil", absolute paths).
func ZipArchive(files map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range sortedKeys(files) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: archiveTime()})
		if err != nil {
			panic(fmt.Sprintf("pypiserver: zip member %q: %v", name, err)) // in-memory: cannot fail
		}
		w.Write([]byte(files[name]))
	}
	zw.Close()
	return buf.Bytes()
}

// TarGzArchive returns a gzip-compressed tar archive holding files (member
// name → content, regular files, mode 0644), in name order. Names are used
// as given.
func TarGzArchive(files map[string]string) []byte {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, name := range sortedKeys(files) {
		body := files[name]
		hdr := &tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), ModTime: archiveTime(), Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if err := tw.WriteHeader(hdr); err != nil {
			panic(fmt.Sprintf("pypiserver: tar member %q: %v", name, err)) // in-memory: cannot fail
		}
		tw.Write([]byte(body))
	}
	tw.Close()
	gz.Close()
	return buf.Bytes()
}

// distStem is the file-name form of a project name (PEP 427/625):
// normalised, with "_" for "-".
func distStem(name string) string {
	return strings.ReplaceAll(pep503.Normalize(name), "-", "_")
}

// Wheel returns a pure-Python wheel of name and version
// (NAME-VERSION-py3-none-any.whl) holding files plus a generated
// NAME-VERSION.dist-info with METADATA, WHEEL and a RECORD of sha256
// digests. A "NAME-VERSION.dist-info/METADATA" entry in files replaces the
// generated one.
func Wheel(name, version string, files map[string]string) File {
	stem := distStem(name)
	info := stem + "-" + version + ".dist-info/"
	all := map[string]string{
		info + "METADATA": "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n",
		info + "WHEEL":    "Wheel-Version: 1.0\nGenerator: krait-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
	}
	for k, v := range files {
		all[k] = v
	}
	var record strings.Builder
	for _, k := range sortedKeys(all) {
		sum := sha256.Sum256([]byte(all[k]))
		fmt.Fprintf(&record, "%s,sha256=%s,%d\n", k, base64.RawURLEncoding.EncodeToString(sum[:]), len(all[k]))
	}
	record.WriteString(info + "RECORD,,\n")
	all[info+"RECORD"] = record.String()
	return File{Filename: stem + "-" + version + "-py3-none-any.whl", Content: ZipArchive(all)}
}

// Sdist returns a source distribution of name and version
// (NAME-VERSION.tar.gz) whose members sit under NAME-VERSION/, with a
// generated PKG-INFO unless files has one.
func Sdist(name, version string, files map[string]string) File {
	stem := distStem(name)
	top := stem + "-" + version + "/"
	all := map[string]string{
		top + "PKG-INFO": "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n",
	}
	for k, v := range files {
		all[top+k] = v
	}
	return File{Filename: stem + "-" + version + ".tar.gz", Content: TarGzArchive(all)}
}
