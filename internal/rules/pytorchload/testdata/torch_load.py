import torch
import torch as T
from torch import load
from torch.serialization import load as sload

SAFE = True


def restore(model, path, flag, kwargs):
    model.load_state_dict(torch.load("model_weights.pth"))  # want "without weights_only=True"
    model.load_state_dict(torch.load(path, map_location="cpu"))  # want "without weights_only=True"
    T.load(path, weights_only=False)  # want "weights_only=False"
    load(path, weights_only=0)  # want "weights_only=False"
    sload(path)  # want "without weights_only=True"
    torch.load(path, weights_only=flag)  # want "cannot know"
    torch.load(path, **kwargs)  # want "[*][*]kwargs"
    torch.hub.load("pytorch/vision", "resnet50")  # want "runs its hubconf.py"
    torch.load(path, weights_only=True)
    torch.load(path, weights_only=SAFE)
    torch.jit.load(path)
    torch.save(model, path)
