package yamlload_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/yamlload"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", yamlload.Analyzer)
}
