package debugwerkzeug_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/debugwerkzeug"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", debugwerkzeug.Analyzer)
}
