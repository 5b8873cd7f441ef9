package sbom

import "testing"

// TestUUIDv5 checks uuidV5 against Python's uuid.uuid5(uuid.NAMESPACE_URL, ...).
func TestUUIDv5(t *testing.T) {
	if got, want := uuidV5(urlNamespace, "https://github.com/krait-dev/krait"), "76a9517d-d763-5763-87cb-eaf56d0bacd8"; got != want {
		t.Errorf("uuidV5 = %s, want %s", got, want)
	}
}
