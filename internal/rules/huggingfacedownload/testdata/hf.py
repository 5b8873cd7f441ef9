import transformers
from datasets import load_dataset
from diffusers import DiffusionPipeline
from huggingface_hub import hf_hub_download, snapshot_download
from transformers import AutoModel, AutoTokenizer as Tok

COMMIT = "5d0f2e8a7f1b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"


def fetch(rev, name):
    AutoModel.from_pretrained("org/model_name")  # want "without a pinned revision"
    AutoModel.from_pretrained("org/model_name", revision="main")  # want "revision \"main\""
    Tok.from_pretrained("org/model_name", revision="v3.3.0")  # want "revision \"v3.3.0\""
    transformers.BertModel.from_pretrained(name)  # want "without a pinned revision"
    load_dataset("org/dataset-name")  # want "load_dataset downloads"
    load_dataset("org/dataset-name", revision="v1.0")  # want "a branch or tag"
    hf_hub_download(repo_id="org/model_name", filename="file_name")  # want "hf_hub_download downloads"
    snapshot_download(repo_id="org/model_name", revision="refs/pr/1")  # want "a branch or tag"
    DiffusionPipeline.from_pretrained("org/pipe")  # want "without a pinned revision"
    AutoModel.from_pretrained("org/model_name", revision=rev)  # want "cannot know"

    AutoModel.from_pretrained("org/model_name", revision="5d0f2e8")
    AutoModel.from_pretrained("org/model_name", revision=COMMIT)
    hf_hub_download(repo_id="org/model_name", filename="f", revision=COMMIT)
    snapshot_download("org/model_name", commit_id="abcdef0123")
    AutoModel.from_pretrained("./local/model")
    AutoModel.from_pretrained("/models/bert")
    AutoModel.from_pretrained("org/model_name", local_files_only=True)
    AutoModel.save_pretrained("./out")
