package pytorchload_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/pytorchload"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", pytorchload.Analyzer)
}
