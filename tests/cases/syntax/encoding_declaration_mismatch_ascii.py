# coding: ascii
name = "café"
